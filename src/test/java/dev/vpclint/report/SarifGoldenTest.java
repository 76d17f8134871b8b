package dev.vpclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclint.cli.Env;
import dev.vpclint.cli.Main;
import dev.vpclint.testing.Golden;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SARIF of one shipped sample, byte for byte, as `vpclint check --format sarif` writes it.
 * After an intended change (a rule, a doc edit) rewrite it with `-Dgolden.update=true` and review
 * the diff.
 */
class SarifGoldenTest {
    static final String SAMPLE = "samples/hub-and-spoke.yaml";

    static String sarifOfSample() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(FileSystems.getDefault(), Project.dir(), Map.of(), false);
        Main.run(env, new PrintWriter(out), new PrintWriter(err), "check", "--format", "sarif", SAMPLE);
        assertEquals("", err.toString());
        return out.toString();
    }

    @Test
    void sampleSarifMatchesTheGoldenFile() throws IOException {
        Golden.check(Project.samples().resolve("hub-and-spoke.expected.sarif"), sarifOfSample());
    }

    @Test
    void twoRunsWriteTheSameBytes() {
        assertEquals(sarifOfSample(), sarifOfSample());
    }
}
