package dev.vpclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclint.testing.Golden;
import dev.vpclint.testing.MemFs;
import dev.vpclint.testing.Project;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.nio.dot.DOTEventDrivenImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * `vpclint graph`: the four formats of one small topology byte for byte (goldens in
 * src/test/resources/graph, rewritten with -Dgolden.update=true), determinism, names that are
 * keywords in the target languages, exit codes and --output.
 */
class GraphCommandTest {
    static final Path GOLDEN = Project.dir().resolve("src/test/resources/graph");
    static final Map<String, String> EXTENSION = Map.of("dot", "dot", "mermaid", "mmd", "graphml", "graphml", "json", "json");

    static String small() throws Exception {
        return Files.readString(GOLDEN.resolve("small.yaml"));
    }

    static CliRun graph(String yaml, String... args) {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", yaml);
            return CliRun.of(m, Stream.concat(Stream.of("graph"), Stream.of(args)).toArray(String[]::new));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dot", "mermaid", "graphml", "json"})
    void eachFormatMatchesItsGoldenAndIsTheSameEveryRun(String format) throws Exception {
        CliRun r = graph(small(), "--format", format, "net.yaml");
        assertEquals("", r.err());
        assertEquals(0, r.code());
        Golden.check(GOLDEN.resolve("small." + EXTENSION.get(format)), r.out());
        assertEquals(r.out(), graph(small(), "--format", format, "net.yaml").out(), "same input, same bytes");
    }

    @Test
    void dotIsTheDefault() throws Exception {
        assertEquals(graph(small(), "--format", "dot", "net.yaml").out(), graph(small(), "net.yaml").out());
    }

    @Test
    void everyFormatParsesBackToTheSameGraph() throws Exception {
        int vertices = 19;
        int edges = 31;
        Set<String> dotVertices = new HashSet<>();
        int[] dotEdges = {0};
        DOTEventDrivenImporter dot = new DOTEventDrivenImporter();
        dot.addVertexConsumer(dotVertices::add);
        dot.addEdgeConsumer(e -> dotEdges[0]++);
        dot.importInput(new StringReader(graph(small(), "net.yaml").out()));
        assertEquals(vertices, dotVertices.size());
        assertEquals(edges, dotEdges[0]);
        assertTrue(dotVertices.contains("rtb:app/private"), dotVertices.toString());

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                graph(small(), "--format", "graphml", "net.yaml").out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(vertices, xml.getElementsByTagName("node").getLength());
        assertEquals(edges, xml.getElementsByTagName("edge").getLength());

        JsonNode json = new ObjectMapper().readTree(graph(small(), "--format", "json", "net.yaml").out());
        assertEquals(vertices, json.get("nodes").size());
        assertEquals(edges, json.get("edges").size());

        String mermaid = graph(small(), "--format", "mermaid", "net.yaml").out();
        assertEquals(1 + vertices + edges, mermaid.lines().count());
    }

    /** Names are `[A-Za-z0-9][A-Za-z0-9._-]*`, which still allows keywords of DOT and Mermaid. */
    @Test
    void namesThatAreKeywordsStayNames() throws Exception {
        String yaml = """
                vpclint: 1
                vpcs:
                  end:
                    cidrs: [10.0.0.0/16]
                    subnets:
                      node: {cidr: 10.0.1.0/24, az: use1-az1, route_table: subgraph}
                    route_tables:
                      subgraph:
                        routes: [{destination: 10.1.0.0/16, target: pcx/o.x_y-z}]
                  graph: {cidrs: [10.1.0.0/16]}
                peerings:
                  o.x_y-z: {requester: end, accepter: graph}
                """;
        CliRun mermaid = graph(yaml, "--format", "mermaid", "net.yaml");
        assertEquals(0, mermaid.code(), mermaid.err());
        assertTrue(mermaid.out().contains("    n_rtb__end_ssubgraph -->|\"10.1.0.0/16\"| n_pcx__o_dx_uy_hz\n"), mermaid.out());
        assertTrue(mermaid.out().contains("    n_subnet__end_snode[\"subnet end/node (10.0.1.0/24, use1-az1)\"]\n"), mermaid.out());
        String dotText = graph(yaml, "net.yaml").out();
        assertTrue(dotText.contains("  \"vpc:end\" -> \"pcx:o.x_y-z\" [ kind=\"peering\" label=\"requester\" ];\n"), dotText);
        Set<String> ids = new HashSet<>();
        DOTEventDrivenImporter dot = new DOTEventDrivenImporter();
        dot.addVertexConsumer(ids::add);
        dot.importInput(new StringReader(dotText));
        assertEquals(Set.of("vpc:end", "vpc:graph", "subnet:end/node", "rtb:end/subgraph", "rtb:end/main", "rtb:graph/main",
                "pcx:o.x_y-z"), ids);
    }

    @Test
    void inputErrorsAreListedAndNoGraphIsWritten() throws Exception {
        String bad = """
                vpclint: 1
                vpcs:
                  app:
                    cidrs: [10.0.0.0/16]
                    subnets:
                      a: {cidr: 10.0.1.0/24, az: use1-az1, route_tabel: main}
                      b: {cidr: 10.0.2.1/24, az: use1-az2}
                """;
        CliRun r = graph(bad, "net.yaml");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("""
                net.yaml:6:44: warning VL003 unknown-field: unknown field 'route_tabel' in vpcs.app.subnets.a; did you mean 'route_table'?
                net.yaml:7:11: error VL002 schema-violation: bad CIDR '10.0.2.1/24': 10.0.2.1/24 has host bits set; the network is 10.0.2.0/24
                """, r.err());
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", bad);
            assertEquals(1, CliRun.of(m, "graph", "--output", "net.dot", "net.yaml").code());
            assertFalse(Files.exists(m.cwd.resolve("net.dot")));
        }
    }

    @Test
    void warningsAreShownButTheGraphIsWritten() {
        CliRun r = graph("vpclint: 1\nvpcs:\n  app: {cidrs: [10.0.0.0/16], colour: blue}\n", "--format", "mermaid", "net.yaml");
        assertEquals(0, r.code());
        assertEquals("net.yaml:3:31: warning VL003 unknown-field: unknown field 'colour' in vpcs.app\n", r.err());
        assertTrue(r.out().startsWith("flowchart LR\n    n_rtb__app_smain[\"rtb app/main (main)\"]\n"), r.out());
    }

    @Test
    void usageAndIoProblemsExitTwoWithOneLine() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", small());
            m.write("notes.yaml", "title: not a topology\n");
            m.write("dir/a.yaml", small());
            assertOneLine(CliRun.of(m, "graph", "nope.yaml"), "vpclint: no such file or folder: /work/nope.yaml\n");
            assertOneLine(CliRun.of(m, "graph", "--format", "svg", "net.yaml"),
                    "vpclint: unknown graph format 'svg'; use dot, mermaid, graphml, json\n");
            assertOneLine(CliRun.of(m, "graph", "dir"), "vpclint: /work/dir is a folder; give one topology file\n");
            assertOneLine(CliRun.of(m, "graph", "notes.yaml"),
                    "vpclint: /work/notes.yaml is not a topology (a topology file starts with `vpclint: 1`)\n");
            CliRun unwritable = CliRun.of(m, "graph", "--output", "missing-dir/net.dot", "net.yaml");
            assertEquals(2, unwritable.code());
            assertTrue(unwritable.err().startsWith("vpclint: cannot write /work/missing-dir/net.dot: NoSuchFileException"), unwritable.err());
            assertEquals(1, unwritable.err().lines().count());
            assertFalse(Files.exists(m.cwd.resolve("missing-dir")));
            assertEquals(2, CliRun.of(m, "graph").code(), "PATH is required");
            assertEquals(2, CliRun.of(m, "graph", "net.yaml", "dir/a.yaml").code(), "one PATH only");
        }
    }

    @Test
    void outputWritesTheFileAndNothingToStdout() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", small());
            m.write("net.graphml", "old");
            CliRun r = CliRun.of(m, "graph", "--format", "graphml", "--output", "net.graphml", "net.yaml");
            assertEquals(0, r.code());
            assertEquals("", r.out());
            assertEquals("", r.err());
            assertEquals(CliRun.of(m, "graph", "--format", "graphml", "net.yaml").out(), Files.readString(m.cwd.resolve("net.graphml")));
            try (Stream<Path> files = Files.list(m.cwd)) {
                assertEquals(2, files.count(), "no temporary file is left behind");
            }
        }
    }

    @Test
    void helpListsTheCommand() throws Exception {
        try (MemFs m = new MemFs()) {
            assertTrue(CliRun.of(m, "--help").out().contains("  graph "), "graph is a subcommand");
            CliRun help = CliRun.of(m, "graph", "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("dot, mermaid, graphml or json"), help.out());
        }
    }

    private static void assertOneLine(CliRun r, String err) {
        assertEquals(2, r.code(), r.err());
        assertEquals(err, r.err());
        assertEquals("", r.out());
    }
}
