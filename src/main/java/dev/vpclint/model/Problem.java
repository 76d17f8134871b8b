package dev.vpclint.model;

import java.util.List;

/** An input problem found while loading (a VL0xx finding before severity and selection apply). */
public record Problem(String ruleId, String message, Loc loc, List<Loc> related) {
    public Problem {
        related = List.copyOf(related);
    }

    public Problem(String ruleId, String message, Loc loc) {
        this(ruleId, message, loc, List.of());
    }
}
