package dev.vpclint.rules;

import dev.vpclint.engine.InputRule;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;

/** Raised by the loader; see rules/VL005/README.md. */
@RuleInfo(id = "VL005", name = "dangling-reference", severity = Severity.ERROR,
        summary = "A reference to a name that does not exist")
public final class DanglingReference implements InputRule {
}
