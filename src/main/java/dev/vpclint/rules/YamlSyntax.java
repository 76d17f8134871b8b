package dev.vpclint.rules;

import dev.vpclint.engine.InputRule;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;

/** Raised by the loader; see rules/VL001/README.md. */
@RuleInfo(id = "VL001", name = "yaml-syntax", severity = Severity.ERROR,
        summary = "The file is not valid YAML, or exceeds the limits for untrusted input")
public final class YamlSyntax implements InputRule {
}
