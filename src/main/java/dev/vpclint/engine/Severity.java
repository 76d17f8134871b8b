package dev.vpclint.engine;

import java.util.Locale;

/** error = AWS rejects it or traffic cannot flow; warning = a risk; note = cost or best practice. */
public enum Severity {
    NOTE, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses `error`, `warning`, `note` (any case); null when the word is none of them. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text)) return s;
        }
        return null;
    }
}
