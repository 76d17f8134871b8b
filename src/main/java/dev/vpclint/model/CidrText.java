package dev.vpclint.model;

/** Canonical address text for {@link Cidr#toString()}. */
final class CidrText {
    private CidrText() {
    }

    static String ipv4(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }

    /**
     * RFC 5952: lowercase, no leading zeros, the longest run of two or more zero groups as "::"
     * (the first on ties). Mapped addresses stay in hex too: the RFC's dotted tail is only a
     * SHOULD for addresses known to be mapped, and a design file gives no such knowledge.
     */
    static String ipv6(long hi, long lo) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            long half = i < 4 ? hi : lo;
            groups[i] = (int) (half >>> (48 - 16 * (i % 4))) & 0xFFFF;
        }
        int runStart = -1;
        int runLength = 1; // a single zero group is never compressed
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < 8 && groups[end] == 0) {
                end++;
            }
            if (end - i > runLength) {
                runStart = i;
                runLength = end - i;
            }
            i = end;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == runStart) {
                text.append("::");
                i += runLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
