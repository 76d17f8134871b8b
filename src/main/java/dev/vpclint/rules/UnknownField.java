package dev.vpclint.rules;

import dev.vpclint.engine.InputRule;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;

/** Raised by the loader; see rules/VL003/README.md. */
@RuleInfo(id = "VL003", name = "unknown-field", severity = Severity.WARNING,
        summary = "A key the topology format does not define")
public final class UnknownField implements InputRule {
}
