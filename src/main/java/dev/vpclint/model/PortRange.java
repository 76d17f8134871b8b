package dev.vpclint.model;

import java.util.regex.Pattern;

/** An inclusive range of TCP/UDP ports, as written in security group and NACL rules. */
public record PortRange(int from, int to) {
    public static final PortRange ALL = new PortRange(0, 65535);

    // ASCII digits only: \d would also admit other scripts' digits, which Integer.parseInt accepts.
    private static final Pattern SHAPE = Pattern.compile("[0-9]+(-[0-9]+)?");

    public PortRange {
        if (from < 0 || to > 65535 || from > to) {
            throw new IllegalArgumentException("port range " + from + "-" + to + " is not within 0-65535 in order");
        }
    }

    /**
     * Reads a YAML scalar: a whole number such as 443, or text "443" or "1024-65535". Digits
     * only, so signs, spaces and leading zeros are refused rather than guessed at.
     */
    public static PortRange parse(Object yamlValue) {
        if (yamlValue instanceof Integer port) {
            checkPort(port);
            return new PortRange(port, port);
        }
        if (!(yamlValue instanceof String text)) {
            throw new IllegalArgumentException(
                    "port range must be a number or text like \"443\" or \"1024-65535\", not " + yamlValue);
        }
        if (!SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "port range \"" + text + "\" is not a port like \"443\" or a range like \"1024-65535\"");
        }
        int dash = text.indexOf('-');
        if (dash < 0) {
            int port = parsePort(text);
            return new PortRange(port, port);
        }
        int from = parsePort(text.substring(0, dash));
        int to = parsePort(text.substring(dash + 1));
        if (from > to) {
            throw new IllegalArgumentException("port range \"" + text + "\" runs backwards");
        }
        return new PortRange(from, to);
    }

    public boolean contains(int port) {
        return from <= port && port <= to;
    }

    public boolean overlaps(PortRange other) {
        return from <= other.to && other.from <= to;
    }

    public boolean isAll() {
        return from == 0 && to == 65535;
    }

    @Override
    public String toString() {
        if (isAll()) {
            return "all";
        }
        return from == to ? Integer.toString(from) : from + "-" + to;
    }

    private static int parsePort(String digits) {
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw new IllegalArgumentException("port \"" + digits + "\" has a leading zero");
        }
        if (digits.length() > 5) {
            throw new IllegalArgumentException("port " + digits + " is out of range (0-65535)");
        }
        int port = Integer.parseInt(digits);
        checkPort(port);
        return port;
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range (0-65535)");
        }
    }
}
