package dev.vpclint.rules;

import dev.vpclint.engine.InputRule;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;

/** Raised by the loader; see rules/VL004/README.md. */
@RuleInfo(id = "VL004", name = "duplicate-name", severity = Severity.ERROR,
        summary = "A duplicate YAML key, or one name defined in two included files")
public final class DuplicateName implements InputRule {
}
