package dev.vpclint.bench;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Finding;
import dev.vpclint.engine.Linter;
import dev.vpclint.engine.RuleSelection;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.load.InputLimits;
import dev.vpclint.load.LoadResult;
import dev.vpclint.load.Loader;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.Topology;
import dev.vpclint.model.Vpc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What intents cost at scale: takes a generated topology, appends N seeded random intents (subnet
 * or VPC to subnet, VPC, on-prem site, internet or an AWS service; reachable and isolated), and
 * times load and lint of the topology with and without them in one JVM, warm medians. Used by
 * `.ci/bench`; never by unit tests.
 *
 * <p>Usage: {@code java dev.vpclint.bench.IntentBench TOPOLOGY.yaml [INTENTS] [RUNS]}
 */
public final class IntentBench {
    public static void main(String[] args) throws Exception {
        Path plain = Path.of(args[0]).toAbsolutePath();
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Topology t = load(plain).topologies().get(0).topology();
        Path withIntents = plain.resolveSibling(plain.getFileName().toString().replace(".yaml", "") + "-intents-" + count + ".yaml");
        Files.writeString(withIntents, Files.readString(plain) + intents(t, count, new Random(1)), StandardCharsets.UTF_8);
        long[][] plainTimes = new long[runs][];
        long[][] intentTimes = new long[runs][];
        int plainFindings = 0;
        int intentFindings = 0;
        for (int i = 0; i < runs; i++) {
            plainTimes[i] = time(plain);
            plainFindings = (int) plainTimes[i][2];
            intentTimes[i] = time(withIntents);
            intentFindings = (int) intentTimes[i][2];
        }
        System.out.printf("intents: %d on %s (%d VPCs), %d runs, warm medians%n", count, plain.getFileName(), t.vpcs().size(), runs);
        System.out.printf("  without intents: load %6.0f ms   lint %6.0f ms   %d findings%n", median(plainTimes, 0), median(plainTimes, 1), plainFindings);
        System.out.printf("  with intents:    load %6.0f ms   lint %6.0f ms   %d findings%n", median(intentTimes, 0), median(intentTimes, 1), intentFindings);
        System.out.printf("  intents add %.0f ms to lint; load alone is %.0f ms%n", median(intentTimes, 1) - median(plainTimes, 1), median(plainTimes, 0));
    }

    private static LoadResult load(Path file) throws Exception {
        return new Loader(file.getParent(), InputLimits.DEFAULT).load(List.of(file));
    }

    /** {load ms, lint ms, findings} in nanoseconds for the times. */
    private static long[] time(Path file) throws Exception {
        long start = System.nanoTime();
        LoadResult loaded = load(file);
        long loadDone = System.nanoTime();
        List<Finding> findings = new Linter(BuiltInRules.ALL, RuleSelection.ALL, ServiceCatalog.shipped()).lint(loaded);
        long lintDone = System.nanoTime();
        return new long[] {loadDone - start, lintDone - loadDone, findings.size()};
    }

    private static double median(long[][] times, int column) {
        long[] warm = new long[Math.max(1, times.length - 1)];
        for (int i = 0; i < warm.length; i++) warm[i] = times[Math.min(times.length - 1, i + 1)][column];
        Arrays.sort(warm);
        return warm[warm.length / 2] / 1e6;
    }

    private static String intents(Topology t, int count, Random rnd) {
        List<Vpc> vpcs = new ArrayList<>(t.vpcs().values());
        List<String> sites = new ArrayList<>(t.onprem().keySet());
        String[] services = {"s3", "kms", "sts", "dynamodb"};
        StringBuilder out = new StringBuilder("\nintents:\n");
        for (int i = 0; i < count; i++) {
            Vpc a = vpcs.get(rnd.nextInt(vpcs.size()));
            Vpc b = vpcs.get(rnd.nextInt(vpcs.size()));
            String from = rnd.nextBoolean() ? "vpc/" + a.name() : "subnet/" + a.name() + "/" + anySubnet(a, rnd);
            String to = switch (rnd.nextInt(5)) {
                case 0 -> "vpc/" + b.name();
                case 1 -> "subnet/" + b.name() + "/" + anySubnet(b, rnd);
                case 2 -> sites.isEmpty() ? "internet" : "onprem/" + sites.get(rnd.nextInt(sites.size()));
                case 3 -> "internet";
                default -> "service/" + services[rnd.nextInt(services.length)];
            };
            out.append("  - {name: bench-").append(i).append(", from: ").append(from).append(", to: ").append(to)
                    .append(", port: 443, expect: ").append(rnd.nextBoolean() ? "reachable" : "isolated").append("}\n");
        }
        return out.toString();
    }

    private static String anySubnet(Vpc v, Random rnd) {
        List<Subnet> subnets = new ArrayList<>(v.subnets().values());
        return subnets.get(rnd.nextInt(subnets.size())).name();
    }
}
