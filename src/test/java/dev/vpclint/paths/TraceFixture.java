package dev.vpclint.paths;

import dev.vpclint.load.EndRefs;
import dev.vpclint.load.InputException;
import dev.vpclint.load.InputLimits;
import dev.vpclint.load.LoadResult;
import dev.vpclint.load.Loader;
import dev.vpclint.model.Problem;
import dev.vpclint.model.Loc;
import dev.vpclint.model.PortRange;
import dev.vpclint.model.Protocol;
import dev.vpclint.net.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A topology file whose leading comments state a trace and what it must give:
 * <pre>
 * # trace: --from subnet/app/app-a --to subnet/data/db-a --protocol tcp --port 443
 * # expect: NO_ROUTE_TO_DESTINATION at rtb/app/app (there)      (or: REACHABLE)
 * # there: subnet/app/app-a rtb/app/app pcx/app-data subnet/data/db-a   (optional: every hop, in order)
 * # back: rtb/data/data pcx/app-data subnet/app/app-a                   (optional)
 * # problems: VL005                                                     (optional: the input problems expected)
 * # source: "Page title" https://docs.aws.amazon.com/...
 * </pre>
 * Direction `(ends)` is for a stop that happens before any walk: no start or goal, and an error naming the code.
 */
record TraceFixture(Path file, String trace, Flow flow, String expectedCode, String expectedObject, String direction,
                    List<String> there, List<String> back, List<String> problems, List<String> sources) {
    private static final Pattern EXPECT = Pattern.compile("([A-Z0-9_]+)(?: at (\\S+) \\((there|back|ends)\\))?");

    static TraceFixture read(Path file) throws IOException {
        String trace = null;
        String expect = null;
        List<String> there = null;
        List<String> back = null;
        List<String> problems = List.of();
        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.startsWith("#")) break;
            String text = line.substring(1).trim();
            if (text.startsWith("trace:")) trace = value(text);
            else if (text.startsWith("expect:")) expect = value(text);
            else if (text.startsWith("there:")) there = words(value(text));
            else if (text.startsWith("back:")) back = words(value(text));
            else if (text.startsWith("problems:")) problems = words(value(text));
            else if (text.startsWith("source:")) sources.add(value(text));
        }
        if (trace == null || expect == null) throw new AssertionError(file + ": needs leading '# trace:' and '# expect:' comments");
        Matcher m = EXPECT.matcher(expect);
        if (!m.matches()) throw new AssertionError(file + ": '# expect: " + expect + "' is not 'CODE at OBJECT (there|back|ends)' or 'REACHABLE'");
        return new TraceFixture(file, trace, flow(file, trace), m.group(1), m.group(2), m.group(3), there, back, problems, sources);
    }

    boolean reachable() {
        return expectedCode.equals("REACHABLE");
    }

    /** Loads the topology with the real loader, as `vpclint check` does. */
    LoadResult load() {
        try {
            return new Loader(file.getParent(), InputLimits.DEFAULT).load(List.of(file));
        } catch (InputException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    Network network(LoadResult r) {
        List<String> ids = r.problems().stream().map(Problem::ruleId).toList();
        if (!ids.equals(problems)) {
            throw new AssertionError(file.getFileName() + ": expected input problems " + problems + ", got " + r.problems());
        }
        return new Network(r.topologies().get(0).topology());
    }

    private static String value(String text) {
        return text.substring(text.indexOf(':') + 1).trim();
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
    }

    /** `--from END --to END [--protocol tcp|udp|icmp|icmpv6|all] [--port N|N-M]`, as `vpclint trace` takes them. */
    private static Flow flow(Path file, String trace) {
        String[] args = trace.split("\\s+");
        String from = null;
        String to = null;
        Protocol protocol = Protocol.TCP;
        PortRange ports = PortRange.ALL;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--from" -> from = args[i + 1];
                case "--to" -> to = args[i + 1];
                case "--protocol" -> protocol = Protocol.valueOf(args[i + 1].toUpperCase(Locale.ROOT));
                case "--port" -> ports = PortRange.parse(args[i + 1]);
                default -> throw new AssertionError(file + ": unknown trace option " + args[i]);
            }
        }
        if (from == null || to == null) throw new AssertionError(file + ": trace needs --from and --to");
        Loc at = new Loc(file.getFileName().toString(), 1, 1, "trace");
        return new Flow(EndRefs.parse(from, at), EndRefs.parse(to, at), protocol, ports);
    }

    /** Every hop of an attempt, for assertion messages. */
    static String describe(TraceResult r) {
        StringBuilder b = new StringBuilder("verdict " + r.verdict() + ", errors " + r.errors() + "\n");
        Attempt a = r.chosen();
        if (a == null) return b.append("(no attempt)\n").toString();
        for (Hop h : a.there().hops()) b.append("  there ").append(h.object()).append(": ").append(h.text()).append('\n');
        if (a.back() != null) for (Hop h : a.back().hops()) b.append("  back  ").append(h.object()).append(": ").append(h.text()).append('\n');
        return b.toString();
    }

    static List<String> objects(Walk w) {
        return w == null ? List.of() : w.hops().stream().map(Hop::object).toList();
    }
}
