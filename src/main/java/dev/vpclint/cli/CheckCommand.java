package dev.vpclint.cli;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Finding;
import dev.vpclint.engine.Linter;
import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleSelection;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.engine.Severity;
import dev.vpclint.load.InputException;
import dev.vpclint.load.InputLimits;
import dev.vpclint.load.LoadResult;
import dev.vpclint.load.Loader;
import dev.vpclint.report.AtomicOutput;
import dev.vpclint.report.JsonReport;
import dev.vpclint.report.Report;
import dev.vpclint.report.ReportWriter;
import dev.vpclint.report.SarifReport;
import dev.vpclint.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `vpclint check [PATH...]`: load, lint, report, exit by `--fail-on`. */
@Command(name = "check", description = "Lint topologies (no PATH = the current folder).", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:a finding at or above --fail-on",
                "2:usage or I/O problem", "3:internal error"})
public final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    enum FailOn { error, warning, note, none }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Topology files or folders (searched for *.yaml, *.yml).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 if any finding is at least this severe: error, warning, note, none (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.error;

    @Option(names = "--enable", split = ",", paramLabel = "ID", description = "Run only these rules (id, name or family prefix such as VL3).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "Do not run these rules (id, name or family prefix).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "ID=LEVEL", description = "Override a rule's severity: error, warning, note or off (repeatable).")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR in the environment does the same).")
    boolean noColor;

    @Option(names = "--verbose", description = "Say which YAML files were skipped; show stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--quiet", description = "Print findings only, without the summary.")
    boolean quiet;

    private final Env env;

    CheckCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RuleSelection selection = selection();
        LoadResult loaded;
        try {
            loaded = new Loader(env.cwd(), InputLimits.DEFAULT).load(paths);
        } catch (InputException e) {
            err.println("vpclint: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (verbose) loaded.skipped().forEach(s -> err.println("vpclint: skipped " + s + " (no `vpclint:` marker)"));
        if (loaded.files().isEmpty()) {
            // A CI gate pointed at the wrong place must not stay green: checking nothing is a usage error.
            String skipped = loaded.skipped().isEmpty() ? "" : "; skipped (no `vpclint:` marker): " + String.join(", ", loaded.skipped());
            err.println("vpclint: nothing to lint: no topology file (YAML starting with `vpclint: 1`) in "
                    + (paths.isEmpty() ? "the current folder" : String.join(", ", paths.stream().map(Path::toString).toList())) + skipped);
            return ExitCodes.USAGE;
        }
        List<Finding> findings = new Linter(BuiltInRules.ALL, selection, ServiceCatalog.shipped()).lint(loaded);
        Report report = new Report(VersionProvider.version(), loaded.files(), findings);
        ReportWriter writer = switch (format) {
            case text -> new TextReport(output == null && colorWanted(), quiet);
            case json -> new JsonReport();
            case sarif -> new SarifReport();
        };
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            writer.write(report, out);
            out.flush();
        } else {
            try {
                AtomicOutput.write(output, w -> writer.write(report, w));
            } catch (IOException e) {
                err.println("vpclint: cannot write " + output + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
                return ExitCodes.USAGE;
            }
        }
        return failed(findings) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private boolean colorWanted() {
        return env.terminal() && !noColor && env.vars().get("NO_COLOR") == null;
    }

    private boolean failed(List<Finding> findings) {
        if (failOn == FailOn.none) return false;
        Severity threshold = Severity.parse(failOn.name());
        return findings.stream().anyMatch(f -> !f.suppressed() && f.severity().atLeast(threshold));
    }

    private RuleSelection selection() {
        List<String> off = new ArrayList<>(disable);
        Map<String, Severity> levels = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : severities.entrySet()) {
            requireKnown(e.getKey(), "--severity");
            if (e.getValue().equalsIgnoreCase("off")) {
                off.add(e.getKey());
                continue;
            }
            Severity s = Severity.parse(e.getValue());
            if (s == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--severity " + e.getKey() + "=" + e.getValue() + ": the level must be error, warning, note or off");
            }
            levels.put(e.getKey(), s);
        }
        enable.forEach(s -> requireKnown(s, "--enable"));
        disable.forEach(s -> requireKnown(s, "--disable"));
        for (String s : off) refuseInputErrors(s, disable.contains(s) ? "--disable" : "--severity");
        levels.keySet().forEach(s -> refuseInputErrors(s, "--severity"));
        return new RuleSelection(enable, off, levels);
    }

    /** Broken input must never pass quietly: the input errors cannot be turned off or down. */
    private void refuseInputErrors(String selector, String option) {
        List<String> hit = new ArrayList<>();
        for (Rule r : BuiltInRules.ALL) {
            if (RuleSelection.ALWAYS_ON.contains(r.info().id()) && RuleSelection.matchesAny(selector, List.of(r))) hit.add(r.info().id());
        }
        if (!hit.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + selector + ": " + String.join(", ", hit)
                    + (hit.size() == 1 ? " reports" : " report") + " input vpclint could not read, and cannot be disabled or downgraded;"
                    + " fix the input instead");
        }
    }

    private void requireKnown(String selector, String option) {
        if (!RuleSelection.matchesAny(selector, BuiltInRules.ALL)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " " + selector + ": no rule has this id, name or prefix (see `vpclint rules`)");
        }
    }

}
