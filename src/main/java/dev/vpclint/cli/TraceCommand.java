package dev.vpclint.cli;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Finding;
import dev.vpclint.engine.Linter;
import dev.vpclint.engine.RuleSelection;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.engine.Severity;
import dev.vpclint.load.EndRefs;
import dev.vpclint.load.InputException;
import dev.vpclint.load.InputLimits;
import dev.vpclint.load.LoadResult;
import dev.vpclint.load.Loader;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.PortRange;
import dev.vpclint.model.Protocol;
import dev.vpclint.model.Topology;
import dev.vpclint.net.Network;
import dev.vpclint.paths.Flow;
import dev.vpclint.paths.TraceResult;
import dev.vpclint.paths.Tracer;
import dev.vpclint.paths.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `vpclint trace PATH --from REF --to REF`: the hop-by-hop path of one flow there and back, or
 * where and why it stops. Exit 0 reachable both ways, 1 not reachable or cannot tell, 2 usage.
 */
@Command(name = "trace", description = "Trace a flow hop by hop, there and back, or say where and why it stops.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:reachable there and back", "1:not reachable, or cannot tell (the path crosses something not modelled or not stated)",
                "2:usage or I/O problem: unknown flag, missing file, malformed or unknown --from/--to, errors in the topology",
                "3:internal error"})
public final class TraceCommand implements Callable<Integer> {
    enum Format { text, json }

    /** The protocols of intents and security group rules, as written on the command line. */
    enum Proto {
        tcp(Protocol.TCP), udp(Protocol.UDP), icmp(Protocol.ICMP), icmpv6(Protocol.ICMPV6), all(Protocol.ALL);

        final Protocol protocol;

        Proto(Protocol protocol) {
            this.protocol = protocol;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The topology: a root file, or a folder holding exactly one.")
    Path path;

    @Option(names = "--from", required = true, paramLabel = "REF",
            description = "Where the flow starts: vpc/NAME, subnet/VPC/NAME, eni/VPC/NAME, onprem/NAME, internet, or an address or CIDR.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "REF",
            description = "Where it goes: as --from, or vpce/VPC/NAME, service/NAME, service/endpoint_service/NAME.")
    String to;

    @Option(names = "--protocol", paramLabel = "P", description = "tcp, udp, icmp, icmpv6 or all (default: ${DEFAULT-VALUE}).")
    Proto protocol = Proto.tcp;

    @Option(names = "--port", paramLabel = "N[-M]", description = "Destination port or range, tcp and udp only (default: any port).")
    String port;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--verbose", description = "Print every attempt, not only the one that explains the verdict; stack traces of internal errors.")
    boolean verbose;

    private final Env env;

    TraceCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PortRange ports = ports();
        IntentEnd fromEnd = end("--from", from);
        IntentEnd toEnd = end("--to", to);
        LoadResult loaded;
        try {
            loaded = new Loader(env.cwd(), InputLimits.DEFAULT).load(List.of(path));
        } catch (InputException e) {
            err.println("vpclint: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!inputUsable(loaded, err)) return ExitCodes.USAGE;
        Topology topology = loaded.topologies().get(0).topology();
        for (String problem : List.of(EndNames.check("--from", fromEnd, topology), EndNames.check("--to", toEnd, topology))) {
            if (!problem.isEmpty()) {
                err.println("vpclint: " + problem);
                return ExitCodes.USAGE;
            }
        }
        TraceResult result = new Tracer(new Network(topology)).trace(new Flow(fromEnd, toEnd, protocol.protocol, ports));
        if (!result.errors().isEmpty()) {
            for (String e : result.errors()) err.println("vpclint: cannot trace: " + e);
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) new TraceJson(VersionProvider.version()).write(result, out);
        else new TraceText(verbose).write(result, out);
        out.flush();
        return result.verdict() == Verdict.REACHABLE ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private PortRange ports() {
        if (port == null) return PortRange.ALL;
        if (protocol != Proto.tcp && protocol != Proto.udp) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port applies to tcp and udp only, not " + protocol);
        }
        try {
            return PortRange.parse(port);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port: " + e.getMessage());
        }
    }

    private IntentEnd end(String option, String text) {
        try {
            return EndRefs.parse(text, null);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    /**
     * One topology without errors from loading. Load warnings (an unknown field: perhaps a misspelt
     * `route_table`) are printed, since they may explain a surprising trace; errors stop the trace,
     * because objects with broken fields are left out of the model and the path would be fiction.
     */
    private boolean inputUsable(LoadResult loaded, PrintWriter err) {
        if (loaded.topologies().isEmpty()) {
            err.println("vpclint: no topology in " + display(path) + " (a topology file starts with `vpclint: 1`)");
            return false;
        }
        List<Finding> problems = new Linter(BuiltInRules.ALL, new RuleSelection(List.of("VL0"), List.of(), Map.of()), ServiceCatalog.shipped())
                .lint(loaded);
        long errors = 0;
        for (Finding f : problems) {
            if (f.suppressed() && f.severity() != Severity.ERROR) continue;
            if (f.severity() == Severity.ERROR) errors++;
            err.println(f.loc() + ": " + f.severity().label() + " " + f.ruleId() + " " + f.ruleName() + ": " + f.message());
        }
        if (errors > 0) {
            err.println("vpclint: cannot trace: the topology has " + errors + (errors == 1 ? " error" : " errors")
                    + "; objects with errors are left out, so a trace would be meaningless. Fix them first (`vpclint check` lists every finding).");
            return false;
        }
        if (loaded.topologies().size() > 1) {
            List<String> roots = loaded.topologies().stream().map(t -> t.topology().rootFile()).toList();
            err.println("vpclint: " + display(path) + " holds " + roots.size() + " topologies (" + String.join(", ", roots) + "); trace one file");
            return false;
        }
        return true;
    }

    /** As the user wrote it: relative to the current folder when inside it, with `/`. */
    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = env.cwd().toAbsolutePath().normalize();
        if (!abs.startsWith(cwd) || abs.equals(cwd)) return abs.equals(cwd) ? "." : abs.toString();
        return cwd.relativize(abs).toString().replace(abs.getFileSystem().getSeparator(), "/");
    }
}
