package dev.vpclint.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `vpclint` command: subcommands, exit codes, one-line errors. */
@Command(name = "vpclint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lint AWS network designs written as YAML: routing, peering, endpoints, addressing.",
        subcommands = {CheckCommand.class, TraceCommand.class, GraphCommand.class, RulesCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no finding at or above --fail-on; trace: reachable there and back",
                "1:at least one finding at or above --fail-on (YAML and schema problems are findings); trace: not reachable or cannot tell",
                "2:usage or I/O problem: unknown flag, missing file, unwritable output, unknown --from/--to",
                "3:internal error (a bug): one line on stderr, the stack trace with --verbose"},
        footer = {"", "Docs: the README (the input format: its section \"The topology format\"); a rule: vpclint explain ID."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        Env env = new Env(FileSystems.getDefault(), Path.of("").toAbsolutePath(), System.getenv(), System.console() != null);
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(env, out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs in-process; tests call this with an in-memory file system. Never calls System.exit. */
    public static int run(Env env, PrintWriter out, PrintWriter err, String... args) {
        return execute(commandLine(env), out, err, args);
    }

    /** The command tree, before output streams and handlers are attached (tests add commands here). */
    static CommandLine commandLine(Env env) {
        CommandLine cl = new CommandLine(new Main(), new EnvFactory(env));
        cl.registerConverter(Path.class, s -> env.cwd().resolve(s));
        return cl;
    }

    static int execute(CommandLine cl, PrintWriter out, PrintWriter err, String... args) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            commandLine.getErr().println("vpclint: internal error: " + ex + " (please report it; --verbose shows the stack trace)");
            if (verbose) ex.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("vpclint: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler above; an Error would print a JVM stack trace and exit 1, read as "findings".
            boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
            err.println("vpclint: internal error: " + e + (e instanceof OutOfMemoryError
                    ? " (the input may be past the README's \"Input limits\"; more heap: JAVA_TOOL_OPTIONS=-Xmx4g)"
                    : " (please report it; --verbose shows the stack trace)"));
            if (verbose) e.printStackTrace(err);
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Hands the environment to subcommands that ask for it. */
    private record EnvFactory(Env env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == CheckCommand.class) return cls.cast(new CheckCommand(env));
            if (cls == GraphCommand.class) return cls.cast(new GraphCommand(env));
            if (cls == TraceCommand.class) return cls.cast(new TraceCommand(env));
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
