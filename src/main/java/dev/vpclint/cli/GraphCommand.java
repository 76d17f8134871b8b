package dev.vpclint.cli;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Finding;
import dev.vpclint.engine.Linter;
import dev.vpclint.engine.RuleSelection;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.engine.Severity;
import dev.vpclint.export.GraphBuilder;
import dev.vpclint.export.GraphExport;
import dev.vpclint.export.NetGraph;
import dev.vpclint.load.InputException;
import dev.vpclint.load.InputLimits;
import dev.vpclint.load.LoadResult;
import dev.vpclint.load.Loader;
import dev.vpclint.report.AtomicOutput;
import dev.vpclint.report.Report;
import dev.vpclint.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `vpclint graph PATH`: the network of one topology as DOT, Mermaid, GraphML or JSON. */
@Command(name = "graph", description = "Export the network of a topology as a graph.", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:graph written", "1:the input has errors (printed on stderr); no graph written",
                "2:usage or I/O problem", "3:internal error"})
public final class GraphCommand implements Callable<Integer> {
    /** Input rules only: the graph needs a well-formed model, not a lint. */
    private static final RuleSelection INPUT_RULES = new RuleSelection(List.of("VL0"), List.of(), Map.of());

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "A topology file.")
    Path path;

    // A plain string, checked here, so an unknown format is one line on stderr like every other usage problem of this command.
    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "dot, mermaid, graphml or json (default: ${DEFAULT-VALUE}).")
    String format = "dot";

    @Option(names = "--output", paramLabel = "FILE", description = "Write the graph to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    private final Env env;

    GraphCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GraphExport.Format chosen = Arrays.stream(GraphExport.Format.values())
                .filter(f -> f.name().equals(format)).findFirst().orElse(null);
        if (chosen == null) {
            err.println("vpclint: unknown graph format '" + format + "'; use " + FormatNames.joined());
            return ExitCodes.USAGE;
        }
        if (Files.isDirectory(path)) {
            err.println("vpclint: " + path + " is a folder; give one topology file");
            return ExitCodes.USAGE;
        }
        LoadResult loaded;
        try {
            loaded = new Loader(env.cwd(), InputLimits.DEFAULT).load(List.of(path));
        } catch (InputException e) {
            err.println("vpclint: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<Finding> problems = new Linter(BuiltInRules.ALL, INPUT_RULES, ServiceCatalog.shipped()).lint(loaded)
                .stream().filter(f -> !f.suppressed()).toList();
        // Warnings (an unknown field) are shown too: they often mean the graph is not what was meant.
        new TextReport(false, true).write(new Report(VersionProvider.version(), loaded.files(), problems), err);
        err.flush();
        if (problems.stream().anyMatch(f -> f.severity() == Severity.ERROR)) return ExitCodes.FINDINGS;
        if (loaded.topologies().isEmpty()) {
            err.println("vpclint: " + path + " is not a topology (a topology file starts with `vpclint: 1`)");
            return ExitCodes.USAGE;
        }
        NetGraph graph = new GraphBuilder(new dev.vpclint.net.Network(loaded.topologies().get(0).topology())).build();
        if (output == null) {
            GraphExport.write(graph, chosen, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        try {
            AtomicOutput.write(output, w -> GraphExport.write(graph, chosen, w));
        } catch (IOException e) {
            err.println("vpclint: cannot write " + output + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }

    /** The format names, for completion and messages. */
    public static final class FormatNames implements Iterable<String> {
        static String joined() {
            return Arrays.stream(GraphExport.Format.values()).map(Enum::name).collect(Collectors.joining(", "));
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(GraphExport.Format.values()).map(Enum::name).iterator();
        }
    }
}
