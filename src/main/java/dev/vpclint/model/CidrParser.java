package dev.vpclint.model;

import java.util.Arrays;

/**
 * Strict CIDR text parsing, written here rather than via InetAddress, which may resolve names
 * over DNS and accepts forms (octal, short dotted quads) that have no place in a design file.
 */
final class CidrParser {
    private CidrParser() {
    }

    static Cidr parse(String text, boolean prefixRequired) throws CidrFormatException {
        if (text == null || text.isEmpty()) {
            throw new CidrFormatException("CIDR is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                throw new CidrFormatException(quote(text) + " contains whitespace");
            }
        }
        int slash = text.indexOf('/');
        if (slash != text.lastIndexOf('/')) {
            throw new CidrFormatException(quote(text) + " has more than one \"/\"");
        }
        String address = slash < 0 ? text : text.substring(0, slash);
        if (address.isEmpty()) {
            throw new CidrFormatException(quote(text) + " has no address");
        }
        boolean ipv6 = address.indexOf(':') >= 0;
        long hi = 0;
        long lo;
        if (ipv6) {
            long[] bits = parseIpv6(address);
            hi = bits[0];
            lo = bits[1];
        } else {
            lo = parseIpv4(address) & 0xFFFF_FFFFL;
        }
        int maxPrefixLength = ipv6 ? 128 : 32;
        int prefixLength;
        if (slash >= 0) {
            prefixLength = parsePrefixLength(text, text.substring(slash + 1), maxPrefixLength);
        } else if (prefixRequired) {
            throw new CidrFormatException(quote(text) + " has no prefix length");
        } else {
            prefixLength = maxPrefixLength;
        }
        Cidr network = Cidr.networkOf(ipv6, hi, lo, prefixLength);
        if (network.firstHi() != hi || network.firstLo() != lo) {
            throw new CidrFormatException(text + " has host bits set; the network is " + network);
        }
        return network;
    }

    private static int parsePrefixLength(String text, String digits, int max) throws CidrFormatException {
        if (digits.isEmpty()) {
            throw new CidrFormatException(quote(text) + " has an empty prefix length");
        }
        if (!isDecimal(digits)) {
            throw new CidrFormatException("prefix length " + quote(digits) + " is not a decimal number");
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw new CidrFormatException("prefix length " + quote(digits) + " has a leading zero");
        }
        if (digits.length() > 3 || Integer.parseInt(digits) > max) {
            throw new CidrFormatException("prefix length " + digits + " is out of range for IPv"
                    + (max == 32 ? "4" : "6") + " (0-" + max + ")");
        }
        return Integer.parseInt(digits);
    }

    private static int parseIpv4(String address) throws CidrFormatException {
        String[] octets = address.split("\\.", -1);
        if (octets.length != 4) {
            throw new CidrFormatException(quote(address) + " is not a dotted-quad IPv4 address");
        }
        int value = 0;
        for (String octet : octets) {
            value = value << 8 | parseOctet(address, octet);
        }
        return value;
    }

    private static int parseOctet(String address, String octet) throws CidrFormatException {
        if (octet.isEmpty()) {
            throw new CidrFormatException(quote(address) + " has an empty octet");
        }
        if (!isDecimal(octet)) {
            throw new CidrFormatException("octet " + quote(octet) + " is not a decimal number");
        }
        if (octet.length() > 1 && octet.charAt(0) == '0') {
            // Some parsers read a leading zero as octal; refusing it avoids guessing which was meant.
            throw new CidrFormatException("octet " + quote(octet) + " has a leading zero");
        }
        if (octet.length() > 3 || Integer.parseInt(octet) > 255) {
            throw new CidrFormatException("octet " + octet + " is out of range (0-255)");
        }
        return Integer.parseInt(octet);
    }

    /** Every RFC 4291 text form: full, "::" compressed, and with a dotted IPv4 tail. */
    private static long[] parseIpv6(String address) throws CidrFormatException {
        if (address.indexOf('%') >= 0) {
            throw new CidrFormatException(quote(address) + " has a zone id, which a CIDR cannot have");
        }
        if (address.contains(":::")) {
            throw new CidrFormatException(quote(address) + " contains \":::\"");
        }
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            throw new CidrFormatException(quote(address) + " has more than one \"::\"");
        }
        int[] head = parseGroups(address, gap < 0 ? address : address.substring(0, gap), gap < 0);
        int[] tail = gap < 0 ? new int[0] : parseGroups(address, address.substring(gap + 2), true);
        int count = head.length + tail.length;
        if (gap < 0 && count != 8) {
            throw new CidrFormatException(quote(address) + " has " + count + " groups; IPv6 needs 8 or \"::\"");
        }
        // "::" stands for at least one zero group, so at most seven may be written beside it.
        if (gap >= 0 && count > 7) {
            throw new CidrFormatException(quote(address) + " has too many groups to also use \"::\"");
        }
        int[] groups = new int[8];
        System.arraycopy(head, 0, groups, 0, head.length);
        System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 4; i++) {
            hi = hi << 16 | groups[i];
            lo = lo << 16 | groups[i + 4];
        }
        return new long[] {hi, lo};
    }

    private static int[] parseGroups(String address, String part, boolean mayEndInIpv4) throws CidrFormatException {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] tokens = part.split(":", -1);
        int[] groups = new int[tokens.length + 1];
        int count = 0;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.indexOf('.') >= 0) {
                if (i != tokens.length - 1 || !mayEndInIpv4) {
                    throw new CidrFormatException(quote(address) + " has an IPv4 part that is not at the end");
                }
                int ipv4 = parseIpv4(token);
                groups[count++] = ipv4 >>> 16;
                groups[count++] = ipv4 & 0xFFFF;
            } else {
                groups[count++] = parseHexGroup(address, token);
            }
        }
        return Arrays.copyOf(groups, count);
    }

    private static int parseHexGroup(String address, String group) throws CidrFormatException {
        if (group.isEmpty()) {
            throw new CidrFormatException(quote(address) + " has an empty group");
        }
        int value = 0;
        for (int i = 0; i < group.length(); i++) {
            int digit = hexDigit(group.charAt(i));
            if (digit < 0) {
                throw new CidrFormatException("group " + quote(group) + " is not hexadecimal");
            }
            value = value << 4 | digit;
        }
        if (group.length() > 4) {
            throw new CidrFormatException("group " + quote(group) + " has more than 4 hex digits");
        }
        return value;
    }

    // ASCII only: Character.digit would also accept full-width and other Unicode digits.
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isDecimal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String quote(String text) {
        return '"' + text + '"';
    }
}
