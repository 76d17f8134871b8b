package dev.vpclint.engine;

import dev.vpclint.net.Network;
import dev.vpclint.load.InlineIgnores;
import dev.vpclint.load.LoadResult;
import dev.vpclint.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** Runs the selected rules over loaded topologies and returns sorted findings. */
public final class Linter {
    private final List<Rule> rules;
    private final RuleSelection selection;
    private final ServiceCatalog catalog;

    public Linter(List<Rule> rules, RuleSelection selection, ServiceCatalog catalog) {
        this.rules = rules;
        this.selection = selection;
        this.catalog = catalog;
    }

    public List<Finding> lint(LoadResult loaded) {
        List<Finding> raw = new ArrayList<>();
        List<Problem> problems = loaded.problems();
        for (Rule rule : rules) {
            if (rule instanceof InputRule && selection.runs(rule.info())) {
                rule.check(new RuleContext(null, catalog, problems, rule.info(), raw));
            }
        }
        for (LoadResult.Loaded t : loaded.topologies()) {
            Network network = new Network(t.topology());
            for (Rule rule : rules) {
                if (!(rule instanceof InputRule) && selection.runs(rule.info())) {
                    rule.check(new RuleContext(network, catalog, List.of(), rule.info(), raw));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : raw) {
            Rule rule = BuiltInRules.find(f.ruleId());
            Severity override = rule == null ? null : selection.override(rule.info());
            Finding graded = override == null ? f : f.withSeverity(override);
            out.add(suppressed(graded, loaded));
        }
        out = dedupe(out);
        out.sort(Finding.ORDER);
        return out;
    }

    private static Finding suppressed(Finding f, LoadResult loaded) {
        if (f.ruleId().equals("VL007")) return f; // the ignore comment itself cannot be ignored away
        InlineIgnores ignores = loaded.ignores().get(f.loc().file());
        if (ignores != null && ignores.covering(f.loc().line(), f.ruleId(), f.ruleName()) != null) return f.asSuppressed();
        return f;
    }

    /** A file included by two topologies yields its findings twice; report each once. */
    private static List<Finding> dedupe(List<Finding> in) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(in));
    }
}
