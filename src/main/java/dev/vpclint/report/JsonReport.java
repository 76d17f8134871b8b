package dev.vpclint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.vpclint.engine.Finding;
import dev.vpclint.engine.FlowStep;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Loc;
import java.io.IOException;
import java.io.Writer;

/**
 * `{"vpclint", "files", "findings": [...], "summary"}`, sorted like the text output. The shape is
 * documented in the README and only ever grows.
 */
public final class JsonReport implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("vpclint", report.version());
            g.writeArrayFieldStart("files");
            for (String f : report.files()) g.writeString(f);
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) finding(g, f);
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("errors", report.count(Severity.ERROR));
            g.writeNumberField("warnings", report.count(Severity.WARNING));
            g.writeNumberField("notes", report.count(Severity.NOTE));
            g.writeNumberField("suppressed", report.suppressed());
            g.writeNumberField("files", report.files().size());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("name", f.ruleName());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("message", f.message());
        location(g, f.loc());
        g.writeArrayFieldStart("related");
        for (Loc r : f.related()) {
            g.writeStartObject();
            location(g, r);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("suppressed", f.suppressed());
        g.writeArrayFieldStart("flow");
        for (FlowStep step : f.flow()) flowStep(g, step);
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Every key always present, in one order: null where a hop has no location or no reason. */
    private static void flowStep(JsonGenerator g, FlowStep step) throws IOException {
        g.writeStartObject();
        g.writeStringField("direction", step.direction());
        g.writeStringField("object", step.object());
        g.writeStringField("text", step.text());
        Loc l = step.loc();
        if (l == null) {
            g.writeNullField("file");
            g.writeNullField("line");
            g.writeNullField("column");
            g.writeNullField("path");
        } else {
            location(g, l);
        }
        g.writeStringField("reason", step.reason());
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Loc l) throws IOException {
        g.writeStringField("file", l.file());
        g.writeNumberField("line", l.line());
        g.writeNumberField("column", l.column());
        g.writeStringField("path", l.path());
    }
}
