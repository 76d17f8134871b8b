package dev.vpclint.engine;

import dev.vpclint.model.Loc;
import java.util.Comparator;
import java.util.List;

/**
 * One problem at one location, with the other objects involved as related locations and, for path
 * findings, the hops of the path (empty otherwise).
 */
public record Finding(String ruleId, String ruleName, Severity severity, String message, Loc loc,
                      List<Loc> related, boolean suppressed, List<FlowStep> flow) {

    /** Report order: file, line, column, rule, then message so equal positions stay deterministic. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.loc().file())
            .thenComparingInt(f -> f.loc().line())
            .thenComparingInt(f -> f.loc().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(f -> f.loc().path());

    public Finding {
        related = List.copyOf(related);
        flow = List.copyOf(flow);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, ruleName, s, message, loc, related, suppressed, flow);
    }

    public Finding asSuppressed() {
        return new Finding(ruleId, ruleName, severity, message, loc, related, true, flow);
    }
}
