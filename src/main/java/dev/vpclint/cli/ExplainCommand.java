package dev.vpclint.cli;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleDocs;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `vpclint explain ID|NAME`: prints the rule's doc as shipped in the jar. */
@Command(name = "explain", description = "Print a rule's documentation.", mixinStandardHelpOptions = true)
public final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID|NAME", description = "A rule id (VL201) or name (transitive-peering).")
    String rule;

    @Override
    public Integer call() {
        Rule r = BuiltInRules.find(rule);
        if (r == null) {
            spec.commandLine().getErr().println("vpclint: no rule '" + rule + "' (see `vpclint rules`)");
            return ExitCodes.USAGE;
        }
        String doc = RuleDocs.markdown(r.info().id());
        PrintWriter out = spec.commandLine().getOut();
        if (doc == null) {
            throw new IllegalStateException("rule " + r.info().id() + " has no documentation in the jar");
        }
        out.print(doc.endsWith("\n") ? doc : doc + "\n");
        out.flush();
        return ExitCodes.OK;
    }
}
