package dev.vpclint.rules;

import dev.vpclint.engine.InputRule;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;

/** Raised by the loader; see rules/VL007/README.md. */
@RuleInfo(id = "VL007", name = "ignore-without-reason", severity = Severity.WARNING,
        summary = "An inline ignore comment with no reason")
public final class IgnoreWithoutReason implements InputRule {
}
