package dev.vpclint.model;

/** User-chosen names: `[A-Za-z0-9][A-Za-z0-9._-]*`, checked without a regex (hot on large inputs). */
public final class Names {
    private Names() {
    }

    public static boolean isValid(String s) {
        if (s.isEmpty() || !alnum(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!alnum(c) && c != '.' && c != '_' && c != '-') return false;
        }
        return true;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
