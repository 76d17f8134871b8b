package dev.vpclint.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Finding;
import dev.vpclint.engine.Linter;
import dev.vpclint.engine.RuleSelection;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.load.InputLimits;
import dev.vpclint.load.LoadResult;
import dev.vpclint.load.Loader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Phase timings of one topology in one JVM: the bare YAML token stream (the floor any YAML
 * linter pays), load (parse + bind + references), and lint (all rules). Prints the first
 * (cold) run and the median of the following ones. Used by `.ci/bench`; never by unit tests.
 */
public final class Bench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long[][] t = new long[runs][3];
        int findings = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long tokens = tokens(file);
            long parsed = System.nanoTime();
            LoadResult loaded = new Loader(file.getParent(), InputLimits.DEFAULT).load(List.of(file));
            long load = System.nanoTime();
            List<Finding> out = new Linter(BuiltInRules.ALL, RuleSelection.ALL, ServiceCatalog.shipped()).lint(loaded);
            long lint = System.nanoTime();
            t[i] = new long[] {parsed - start, load - parsed, lint - load};
            findings = out.size();
            if (tokens == 0) throw new IllegalStateException("empty file");
        }
        System.out.printf("file %s: %,d bytes, %d runs%n", file.getFileName(), Files.size(file), runs);
        print("bare YAML tokens", t, 0);
        print("load (parse, bind, references)", t, 1);
        print("lint (" + BuiltInRules.ALL.size() + " rules)", t, 2);
        Map<String, Integer> byRule = new TreeMap<>();
        new Linter(BuiltInRules.ALL, RuleSelection.ALL, ServiceCatalog.shipped())
                .lint(new Loader(file.getParent(), InputLimits.DEFAULT).load(List.of(file)))
                .forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        System.out.println("findings: " + findings + " " + byRule);
    }

    private static long tokens(Path file) throws Exception {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        long n = 0;
        try (JsonParser p = YAMLFactory.builder().loaderOptions(options).build().createParser(file.toFile())) {
            while (p.nextToken() != null) n++;
        }
        return n;
    }

    private static void print(String phase, long[][] t, int column) {
        long[] rest = new long[Math.max(0, t.length - 1)];
        for (int i = 1; i < t.length; i++) rest[i - 1] = t[i][column];
        java.util.Arrays.sort(rest);
        String warm = rest.length == 0 ? "-" : String.format("%.0f ms", rest[rest.length / 2] / 1e6);
        System.out.printf("  %-34s cold %6.0f ms   warm median %s%n", phase, t[0][column] / 1e6, warm);
    }
}
