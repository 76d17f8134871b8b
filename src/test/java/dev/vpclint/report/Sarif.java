package dev.vpclint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclint.engine.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes findings as SARIF, and reads SARIF back, for the report tests. */
final class Sarif {
    static final String VERSION = "0.0.0-test";

    private Sarif() {
    }

    static String write(List<String> files, List<Finding> findings) {
        try {
            StringWriter w = new StringWriter();
            new SarifReport().write(new Report(VERSION, files, findings), w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String sarif) {
        try {
            return new ObjectMapper().readTree(sarif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
