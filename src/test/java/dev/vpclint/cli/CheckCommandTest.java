package dev.vpclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.testing.MemFs;
import java.nio.file.Files;
import java.util.stream.Stream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `vpclint check`: exit codes, text and JSON bytes, output files, rule selection, suppression. */
class CheckCommandTest {
    static final String BAD = """
            vpclint: 1
            vpcs:
              app:
                cidrs: [10.0.0.0/16]
                subnets:
                  a: {cidr: 10.0.1.0/24, az: use1-az1, route_tabel: main}
                  b: {cidr: 10.0.2.1/24, az: use1-az2}
            """;
    static final String BAD_TEXT = """
            net.yaml:6:44: warning VL003 unknown-field: unknown field 'route_tabel' in vpcs.app.subnets.a; did you mean 'route_table'?
            net.yaml:7:11: error VL002 schema-violation: bad CIDR '10.0.2.1/24': 10.0.2.1/24 has host bits set; the network is 10.0.2.0/24
            1 error, 1 warning in 1 file
            See: vpclint explain VL002
            See: vpclint explain VL003
            """;

    @Test
    void textReportAndExitCodeOne() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", BAD);
            CliRun r = CliRun.of(m, "check", "net.yaml");
            assertEquals(BAD_TEXT, r.out());
            assertEquals("", r.err());
            assertEquals(1, r.code());
        }
    }

    @Test
    void controlCharactersFromTheInputCannotForgeLinesOrRecolourTheTerminal() throws Exception {
        try (MemFs m = new MemFs()) {
            // A quoted value echoed in a VL002 message, carrying an ESC sequence and a fake finding line.
            m.write("net.yaml", "vpclint: 1\nvpcs:\n  app: {cidrs: [\"10.0.0.0/16\\e[31m\\nnet.yaml:1:1: error VL001 fake\"]}\n");
            CliRun r = CliRun.of(m, "check", "--quiet", "net.yaml");
            assertEquals("""
                    net.yaml:3:9: error VL002 schema-violation: VPC app needs at least one IPv4 CIDR in 'cidrs'
                    net.yaml:3:17: error VL002 schema-violation: bad CIDR '10.0.0.0/16\\u001b[31m\\nnet.yaml:1:1: error VL001 fake': \
                    "10.0.0.0/16\\u001b[31m\\nnet.yaml:1:1: error VL001 fake" contains whitespace
                    """, r.out());
            assertFalse(r.out().contains("\u001b"), "no raw ESC in the text report");
        }
    }

    @Test
    void aByteOrderMarkIsNotContentAndHidesNothing() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", "\uFEFF" + BAD);
            CliRun r = CliRun.of(m, "check", "net.yaml");
            assertEquals(BAD_TEXT, r.out(), "linted, with the columns an editor shows");
            assertEquals(1, r.code());
        }
    }

    @Test
    void checkingNothingIsAUsageErrorNotSuccess() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net/forgot-marker.yaml", "vpcs:\n  app: {cidrs: [10.0.0.0/16]}\n");
            CliRun file = CliRun.of(m, "check", "net/forgot-marker.yaml");
            assertEquals(2, file.code());
            assertEquals("", file.out(), "no report: nothing was checked");
            assertEquals(1, file.err().lines().count(), file.err());
            assertTrue(file.err().startsWith("vpclint: nothing to lint: no topology file (YAML starting with `vpclint: 1`) in "), file.err());
            assertTrue(file.err().endsWith("; skipped (no `vpclint:` marker): net/forgot-marker.yaml\n"), file.err());
            m.write("empty/README.txt", "not yaml\n");
            CliRun folder = CliRun.of(m, "check", "empty");
            assertEquals(2, folder.code());
            assertTrue(folder.err().startsWith("vpclint: nothing to lint: "), folder.err());
        }
    }

    @Test
    void noPathLintsTheCurrentFolder() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", BAD);
            assertEquals(BAD_TEXT, CliRun.of(m, "check").out());
        }
    }

    @Test
    void cleanInputExitsZero() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", "vpclint: 1\nvpcs:\n  app: {cidrs: [10.0.0.0/16]}\n");
            CliRun r = CliRun.of(m, "check", "net.yaml");
            assertEquals("no findings in 1 file\n", r.out());
            assertEquals(0, r.code());
        }
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", BAD);
            CliRun r = CliRun.of(m, "check", "--format", "json", "net.yaml");
            assertEquals("""
                    {
                      "vpclint" : "0.1.0",
                      "files" : [ "net.yaml" ],
                      "findings" : [ {
                        "rule" : "VL003",
                        "name" : "unknown-field",
                        "severity" : "warning",
                        "message" : "unknown field 'route_tabel' in vpcs.app.subnets.a; did you mean 'route_table'?",
                        "file" : "net.yaml",
                        "line" : 6,
                        "column" : 44,
                        "path" : "vpcs.app.subnets.a.route_tabel",
                        "related" : [ ],
                        "suppressed" : false,
                        "flow" : [ ]
                      }, {
                        "rule" : "VL002",
                        "name" : "schema-violation",
                        "severity" : "error",
                        "message" : "bad CIDR '10.0.2.1/24': 10.0.2.1/24 has host bits set; the network is 10.0.2.0/24",
                        "file" : "net.yaml",
                        "line" : 7,
                        "column" : 11,
                        "path" : "vpcs.app.subnets.b.cidr",
                        "related" : [ ],
                        "suppressed" : false,
                        "flow" : [ ]
                      } ],
                      "summary" : {
                        "errors" : 1,
                        "warnings" : 1,
                        "notes" : 0,
                        "suppressed" : 0,
                        "files" : 1
                      }
                    }
                    """, r.out());
            assertEquals(1, r.code());
        }
    }

    @Test
    void sarifReportIsWrittenToTheOutputFile() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", BAD);
            CliRun r = CliRun.of(m, "check", "--format", "sarif", "--output", "vpclint.sarif", "net.yaml");
            assertEquals("", r.out());
            assertEquals(1, r.code(), "SARIF output does not change the exit code");
            String sarif = Files.readString(m.cwd.resolve("vpclint.sarif"));
            assertTrue(sarif.startsWith("{\n  \"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\""), sarif);
            assertTrue(sarif.contains("\"ruleId\" : \"VL003\"") && sarif.contains("\"ruleId\" : \"VL002\""), sarif);
            assertFalse(sarif.contains("/work"), "no absolute paths");
            assertEquals(sarif, CliRun.of(m, "check", "--format", "sarif", "net.yaml").out(), "stdout and file agree");
        }
    }

    @Test
    void outputFileIsWrittenWholeAndStdoutStaysEmpty() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", BAD);
            CliRun r = CliRun.of(m, "check", "--output", "report.txt", "net.yaml");
            assertEquals("", r.out());
            assertEquals(BAD_TEXT, Files.readString(m.cwd.resolve("report.txt")));
            assertEquals(1, r.code());
            try (Stream<java.nio.file.Path> files = Files.list(m.cwd)) {
                assertEquals(2, files.count(), "no temporary file is left behind");
            }
        }
    }

    @Test
    void unwritableOutputIsAnIoErrorWithNoFileLeft() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", BAD);
            CliRun r = CliRun.of(m, "check", "--output", "missing-dir/report.txt", "net.yaml");
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("vpclint: cannot write /work/missing-dir/report.txt: NoSuchFileException"), r.err());
            assertEquals(1, r.err().lines().count(), "one line, no stack trace");
            assertFalse(Files.exists(m.cwd.resolve("missing-dir")));
        }
    }

    @Test
    void usageProblemsExitTwo() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", BAD);
            assertEquals(2, CliRun.of(m, "check", "--frobnicate").code());
            assertEquals(2, CliRun.of(m, "check", "--format", "xml", "net.yaml").code());
            assertEquals(2, CliRun.of(m, "check", "--enable", "VL999", "net.yaml").code());
            assertEquals(2, CliRun.of(m, "check", "--severity", "VL003=loud", "net.yaml").code());
            CliRun missing = CliRun.of(m, "check", "nope.yaml");
            assertEquals(2, missing.code());
            assertEquals("vpclint: no such file or folder: /work/nope.yaml\n", missing.err());
        }
    }

    @Test
    void failOnSelectsTheThreshold() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", "vpclint: 1\nvpcs:\n  app: {cidrs: [10.0.0.0/16], colour: blue}\n");
            assertEquals(0, CliRun.of(m, "check", "net.yaml").code(), "a warning does not fail the default threshold");
            assertEquals(1, CliRun.of(m, "check", "--fail-on", "warning", "net.yaml").code());
            m.write("net.yaml", BAD);
            assertEquals(0, CliRun.of(m, "check", "--fail-on", "none", "net.yaml").code());
        }
    }

    @Test
    void enableDisableAndSeverityOverrides() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", BAD);
            assertEquals("""
                    net.yaml:7:11: error VL002 schema-violation: bad CIDR '10.0.2.1/24': 10.0.2.1/24 has host bits set; the network is 10.0.2.0/24
                    """, CliRun.of(m, "check", "--quiet", "--disable", "unknown-field", "net.yaml").out());
            // --enable selects among the other rules; the input errors run whatever is enabled.
            assertEquals("""
                    net.yaml:7:11: error VL002 schema-violation: bad CIDR '10.0.2.1/24': 10.0.2.1/24 has host bits set; the network is 10.0.2.0/24
                    """, CliRun.of(m, "check", "--quiet", "--enable", "VL2", "net.yaml").out());
            CliRun upgraded = CliRun.of(m, "check", "--quiet", "--severity", "VL003=error", "net.yaml");
            assertEquals("""
                    net.yaml:6:44: error VL003 unknown-field: unknown field 'route_tabel' in vpcs.app.subnets.a; did you mean 'route_table'?
                    net.yaml:7:11: error VL002 schema-violation: bad CIDR '10.0.2.1/24': 10.0.2.1/24 has host bits set; the network is 10.0.2.0/24
                    """, upgraded.out());
            assertEquals(1, upgraded.code());
        }
    }

    @Test
    void inputErrorsCannotBeDisabledOrDowngraded() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", BAD);
            for (String[] args : List.of(new String[] {"--disable", "VL002"}, new String[] {"--disable", "VL0"},
                    new String[] {"--severity", "schema-violation=off"}, new String[] {"--severity", "VL001=note"})) {
                CliRun r = CliRun.of(m, "check", args[0], args[1], "net.yaml");
                assertEquals(2, r.code(), String.join(" ", args));
                assertTrue(r.err().startsWith("vpclint: " + args[0] + " " + args[1].split("=")[0] + ": VL00"), r.err());
                assertTrue(r.err().contains("cannot be disabled or downgraded; fix the input instead"), r.err());
            }
        }
    }

    @Test
    void inlineIgnoresSuppressAndAreCounted() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", """
                    vpclint: 1
                    vpcs:
                      app:
                        cidrs: [10.0.0.0/16]
                        # vpclint: ignore VL003 -- migrating from the old schema
                        colour: blue
                        flavour: red # vpclint: ignore unknown-field
                    """);
            CliRun r = CliRun.of(m, "check", "net.yaml");
            assertEquals("""
                    net.yaml:7:18: warning VL007 ignore-without-reason: ignore comment for unknown-field gives no reason; write `# vpclint: ignore ID -- why`
                    1 warning in 1 file (2 suppressed)
                    See: vpclint explain VL007
                    """, r.out());
            assertTrue(CliRun.of(m, "check", "--format", "json", "net.yaml").out().contains("\"suppressed\" : true"));
        }
    }

    @Test
    void noColourWithoutATerminal() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", BAD);
            assertFalse(CliRun.of(m, "check", "net.yaml").out().contains("\u001b["));
        }
    }
}
