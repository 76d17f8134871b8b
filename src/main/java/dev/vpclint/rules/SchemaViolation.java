package dev.vpclint.rules;

import dev.vpclint.engine.InputRule;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;

/** Raised by the loader; see rules/VL002/README.md. */
@RuleInfo(id = "VL002", name = "schema-violation", severity = Severity.ERROR,
        summary = "Wrong type, missing required field, bad enum value, or malformed CIDR, port or reference")
public final class SchemaViolation implements InputRule {
}
