package dev.vpclint.report;

/**
 * Text a topology controls (names, quoted values, file names), made safe for a terminal and for
 * line-oriented tools: control characters, DEL, C1 controls and Unicode line and paragraph
 * separators become visible escapes, so an input cannot print fake finding lines or recolour a
 * terminal. JSON and SARIF escape them through their writers already.
 */
final class Printable {
    private Printable() {
    }

    static String of(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape == null) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 8).append(s, 0, i);
            out.append(escape);
        }
        return out == null ? s : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
