package dev.vpclint.bench;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Linter;
import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleSelection;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.load.InputLimits;
import dev.vpclint.load.LoadResult;
import dev.vpclint.load.Loader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lint time of each rule on its own (best of N, the topology loaded once), slowest first: where to
 * look when lint time grows. Used by hand on `.ci/bench` output; never by unit tests.
 *
 * <p>Usage: {@code java dev.vpclint.bench.RuleTimes TOPOLOGY.yaml [RUNS]}
 */
public final class RuleTimes {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        LoadResult loaded = new Loader(file.getParent(), InputLimits.DEFAULT).load(List.of(file));
        List<long[]> times = new ArrayList<>();
        for (int i = 0; i < BuiltInRules.ALL.size(); i++) {
            Rule r = BuiltInRules.ALL.get(i);
            RuleSelection only = new RuleSelection(List.of(r.info().id()), List.of(), java.util.Map.of());
            long best = Long.MAX_VALUE;
            for (int k = 0; k < runs; k++) {
                long start = System.nanoTime();
                new Linter(BuiltInRules.ALL, only, ServiceCatalog.shipped()).lint(loaded);
                best = Math.min(best, System.nanoTime() - start);
            }
            times.add(new long[] {best, i});
        }
        long base = Long.MAX_VALUE;
        for (int k = 0; k < runs; k++) {
            long start = System.nanoTime();
            new Linter(BuiltInRules.ALL, new RuleSelection(List.of("VL999"), List.of(), java.util.Map.of()), ServiceCatalog.shipped()).lint(loaded);
            base = Math.min(base, System.nanoTime() - start);
        }
        System.out.printf("%-43s %7.0f ms (in every row below)%n", "no rule: resolving the network", base / 1e6);
        times.sort((a, b) -> Long.compare(b[0], a[0]));
        for (long[] t : times) {
            System.out.printf("%-6s %-36s %7.0f ms%n", BuiltInRules.ALL.get((int) t[1]).info().id(), BuiltInRules.ALL.get((int) t[1]).info().name(), t[0] / 1e6);
        }
    }
}
