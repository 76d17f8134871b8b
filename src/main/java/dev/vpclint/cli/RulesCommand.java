package dev.vpclint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleDocs;
import dev.vpclint.engine.RuleInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `vpclint rules`: the rule table. */
@Command(name = "rules", description = "List the rules: id, name, default severity, summary.", mixinStandardHelpOptions = true)
public final class RulesCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> {
                for (Rule r : BuiltInRules.ALL) {
                    RuleInfo i = r.info();
                    out.printf("%-6s %-40s %-8s %s%n", i.id(), i.name(), i.severity().label(), i.summary());
                }
            }
            case markdown -> {
                out.println("| id | name | severity | summary |");
                out.println("|---|---|---|---|");
                for (Rule r : BuiltInRules.ALL) {
                    RuleInfo i = r.info();
                    out.println("| [" + i.id() + "](" + RuleDocs.url(i.id()) + ") | " + i.name() + " | " + i.severity().label()
                            + " | " + i.summary() + " |");
                }
            }
            case json -> {
                try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.setPrettyPrinter(new DefaultPrettyPrinter());
                    g.writeStartArray();
                    for (Rule r : BuiltInRules.ALL) {
                        RuleInfo i = r.info();
                        g.writeStartObject();
                        g.writeStringField("id", i.id());
                        g.writeStringField("name", i.name());
                        g.writeStringField("severity", i.severity().label());
                        g.writeStringField("summary", i.summary());
                        g.writeStringField("doc", RuleDocs.url(i.id()));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                out.println();
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
