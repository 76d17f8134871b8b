package dev.vpclint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Protocol;
import dev.vpclint.paths.Attempt;
import dev.vpclint.paths.Hop;
import dev.vpclint.paths.Reason;
import dev.vpclint.paths.TraceResult;
import dev.vpclint.paths.Verdict;
import dev.vpclint.paths.Walk;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * `{"vpclint", "flow", "verdict", "attempts": [...], "chosen"}`: every key always present, in one
 * order, null where a value is absent, so scripts can rely on the shape (it only ever grows).
 */
final class TraceJson {
    private final String version;

    TraceJson(String version) {
        this.version = version;
    }

    void write(TraceResult r, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("vpclint", version);
            g.writeObjectFieldStart("flow");
            g.writeStringField("from", TraceText.end(r.flow().from()));
            g.writeStringField("to", TraceText.end(r.flow().to()));
            g.writeStringField("protocol", r.flow().protocol().word());
            boolean ported = r.flow().protocol() == Protocol.TCP || r.flow().protocol() == Protocol.UDP;
            g.writeStringField("ports", ported ? r.flow().ports().toString() : "all");
            g.writeEndObject();
            g.writeStringField("verdict", verdict(r.verdict()));
            g.writeArrayFieldStart("attempts");
            int chosen = -1;
            for (int i = 0; i < r.attempts().size(); i++) {
                Attempt a = r.attempts().get(i);
                if (a == r.chosen()) chosen = i;
                attempt(g, a);
            }
            g.writeEndArray();
            if (chosen < 0) g.writeNullField("chosen");
            else g.writeNumberField("chosen", chosen);
            g.writeEndObject();
        }
        out.write("\n");
    }

    private static void attempt(JsonGenerator g, Attempt a) throws IOException {
        g.writeStartObject();
        g.writeStringField("from", a.source().object());
        g.writeStringField("to", a.goal().object());
        g.writeNumberField("ipVersion", TraceText.ipVersion(a));
        g.writeStringField("verdict", verdict(a.verdict()));
        g.writeFieldName("there");
        walk(g, a.there());
        g.writeFieldName("back");
        if (a.back() == null) g.writeNull();
        else walk(g, a.back());
        stop(g, a);
        g.writeEndObject();
    }

    private static void stop(JsonGenerator g, Attempt a) throws IOException {
        if (a.verdict() == Verdict.REACHABLE) {
            g.writeNullField("stop");
            return;
        }
        Hop at = TraceText.stopWalk(a).stop();
        Reason reason = TraceText.stopReason(a);
        g.writeObjectFieldStart("stop");
        g.writeStringField("direction", a.there().delivered() ? "back" : "there");
        g.writeStringField("object", at == null ? null : at.object());
        g.writeStringField("reason", reason.name());
        g.writeBooleanField("reachabilityAnalyzer", reason.reachabilityAnalyzer);
        g.writeStringField("meaning", reason.meaning);
        g.writeEndObject();
    }

    private static void walk(JsonGenerator g, Walk w) throws IOException {
        g.writeStartArray();
        for (Hop h : w.hops()) {
            g.writeStartObject();
            g.writeStringField("object", h.object());
            g.writeStringField("text", h.text());
            Loc l = h.loc();
            g.writeStringField("file", l == null ? null : l.file());
            if (l == null) g.writeNullField("line");
            else g.writeNumberField("line", l.line());
            if (l == null) g.writeNullField("column");
            else g.writeNumberField("column", l.column());
            g.writeStringField("path", l == null ? null : l.path());
            g.writeStringField("reason", h.reason() == null ? null : h.reason().name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static String verdict(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT);
    }
}
