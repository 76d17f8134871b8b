package dev.vpclint.rules;

import dev.vpclint.engine.InputRule;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;

/** Raised by the loader; see rules/VL006/README.md. */
@RuleInfo(id = "VL006", name = "include-error", severity = Severity.ERROR,
        summary = "An include that is missing, cyclic, or resolves outside the starting folder")
public final class IncludeError implements InputRule {
}
