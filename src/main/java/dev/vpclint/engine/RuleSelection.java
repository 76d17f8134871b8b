package dev.vpclint.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules run and at what severity: `--enable`/`--disable` by id, name or family prefix
 * (`VL3`), and per-rule severity overrides. Disable wins over enable for the same rule; with any
 * `--enable` given, only the enabled rules run.
 */
public record RuleSelection(List<String> enable, List<String> disable, Map<String, Severity> severities) {

    public static final RuleSelection ALL = new RuleSelection(List.of(), List.of(), Map.of());

    /**
     * Input problems that mean the file, or objects in it, could not be read (syntax, schema, duplicate
     * names, dangling references, includes): they always run at their own severity, since hiding them
     * would pass a file whose objects were dropped.
     */
    public static final Set<String> ALWAYS_ON = Set.of("VL001", "VL002", "VL004", "VL005", "VL006");

    public RuleSelection {
        enable = List.copyOf(enable);
        disable = List.copyOf(disable);
        severities = new LinkedHashMap<>(severities);
    }

    public boolean runs(RuleInfo rule) {
        if (ALWAYS_ON.contains(rule.id())) return true;
        if (disable.stream().anyMatch(s -> selects(s, rule))) return false;
        return enable.isEmpty() || enable.stream().anyMatch(s -> selects(s, rule));
    }

    /** The user's severity for this rule, or null to keep the rule's own (some rules grade per finding). */
    public Severity override(RuleInfo rule) {
        if (ALWAYS_ON.contains(rule.id())) return null;
        for (Map.Entry<String, Severity> e : severities.entrySet()) {
            if (selects(e.getKey(), rule)) return e.getValue();
        }
        return null;
    }

    /** A selector is a rule id, a rule name, or an id prefix such as `VL3` or `VL30`. */
    static boolean selects(String selector, RuleInfo rule) {
        String s = selector.strip();
        return rule.id().equalsIgnoreCase(s) || rule.name().equalsIgnoreCase(s)
                || (s.length() >= 3 && s.regionMatches(true, 0, "VL", 0, 2) && rule.id().toUpperCase().startsWith(s.toUpperCase()));
    }

    /** True when the selector matches at least one of the rules (to reject typos as usage errors). */
    public static boolean matchesAny(String selector, List<Rule> rules) {
        return rules.stream().anyMatch(r -> selects(selector, r.info()));
    }
}
