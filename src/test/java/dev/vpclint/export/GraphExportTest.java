package dev.vpclint.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTEventDrivenImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Names no topology can hold today (the loader rejects them) still must not break an export: the
 * exporters are the last line, and the graph may one day come from `import aws`. Each format is
 * parsed back and must give the same ids and texts, control characters turned into spaces.
 */
class GraphExportTest {
    static final String ODD = "we\"ird\\name<&>#|`;%% end\n\u00e9\u2603";
    static final String ODD_CLEAN = "we\"ird\\name<&>#|`;%% end \u00e9\u2603";
    static final String EDGE_LABEL = "10.0.0.0/8, \"pl/x\" <b>&amp; \\N #35; |x|\t";
    static final String EDGE_LABEL_CLEAN = "10.0.0.0/8, \"pl/x\" <b>&amp; \\N #35; |x| ";

    static NetGraph odd() {
        Graph<NetNode, NetEdge> g = new DirectedPseudograph<>(null, null, false);
        NetNode a = new NetNode(NetNode.Kind.VPC, ODD);
        NetNode end = new NetNode(NetNode.Kind.SUBNET, "end");
        NetNode o = new NetNode(NetNode.Kind.ONPREM_SITE, "o.x_y-z");
        g.addVertex(a);
        g.addVertex(end);
        g.addVertex(o);
        g.addEdge(a, end, new NetEdge(NetEdge.Kind.ROUTE_TARGET, EDGE_LABEL));
        g.addEdge(o, a, new NetEdge(NetEdge.Kind.ONPREM_ROUTE, ""));
        return new NetGraph(g, Map.of(a, new NetGraph.Details(ODD, "vpc " + ODD)));
    }

    static String export(GraphExport.Format f) throws Exception {
        StringWriter w = new StringWriter();
        GraphExport.write(odd(), f, w); // filled out of key order: the export sorts
        return w.toString();
    }

    @Test
    void dotParsesBackToTheSameIdsAndTexts() throws Exception {
        String dot = export(GraphExport.Format.dot);
        Map<String, Map<String, String>> vertices = new TreeMap<>();
        List<String> edges = new ArrayList<>();
        DOTEventDrivenImporter importer = new DOTEventDrivenImporter();
        importer.addVertexAttributeConsumer((p, a) -> vertices.computeIfAbsent(p.getFirst(), k -> new LinkedHashMap<>())
                .put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) edges.add(p.getFirst().getFirst() + " -> " + p.getFirst().getSecond() + " " + a.getValue());
        });
        importer.importInput(new StringReader(dot));
        assertEquals(Map.of("kind", "vpc", "name", ODD_CLEAN, "label", "vpc " + ODD_CLEAN), without(vertices.get("vpc:" + ODD_CLEAN), "ID"));
        assertEquals(Map.of("kind", "subnet", "name", "end", "label", "subnet end"), without(vertices.get("subnet:end"), "ID"));
        assertEquals(List.of("onprem:o.x_y-z -> vpc:" + ODD_CLEAN + " ", "vpc:" + ODD_CLEAN + " -> subnet:end " + EDGE_LABEL_CLEAN),
                edges.stream().sorted().toList());
    }

    @Test
    void graphmlIsWellFormedXmlWithTheSameTexts() throws Exception {
        String xml = export(GraphExport.Format.graphml);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = doc.getElementsByTagName("node");
        assertEquals(3, nodes.getLength());
        Element first = (Element) nodes.item(2);
        assertEquals("vpc:" + ODD_CLEAN, first.getAttribute("id"));
        assertEquals("vpc " + ODD_CLEAN, first.getElementsByTagName("data").item(2).getTextContent());
        Element edge = (Element) doc.getElementsByTagName("edge").item(1);
        assertEquals("vpc:" + ODD_CLEAN, edge.getAttribute("source"));
        assertEquals(EDGE_LABEL_CLEAN, edge.getElementsByTagName("data").item(1).getTextContent());
    }

    @Test
    void jsonParsesBackWithJackson() throws Exception {
        JsonNode root = new ObjectMapper().readTree(export(GraphExport.Format.json));
        assertEquals("vpc:" + ODD_CLEAN, root.at("/nodes/2/id").asText());
        assertEquals(ODD_CLEAN, root.at("/nodes/2/name").asText());
        assertEquals("vpc " + ODD_CLEAN, root.at("/nodes/2/label").asText());
        assertEquals("e1", root.at("/edges/1/id").asText());
        assertEquals("subnet:end", root.at("/edges/1/target").asText());
        assertEquals("route-target", root.at("/edges/1/kind").asText());
        assertEquals(EDGE_LABEL_CLEAN, root.at("/edges/1/label").asText());
    }

    @Test
    void mermaidIdsAreSafeAndLabelsUseEntityCodes() throws Exception {
        String mermaid = export(GraphExport.Format.mermaid);
        String oddId = "n_vpc__we_x22_ird_x5c_name_x3c__x26__x3e__x23__x7c__x60__x3b__x25__x25__x20_end_xa_" + "_xe9__x2603_";
        assertEquals("""
                flowchart LR
                    n_onprem__o_dx_uy_hz["onprem o.x_y-z"]
                    n_subnet__end["subnet end"]
                    ID["vpc we#quot;ird\\name#60;#38;#62;#35;#124;#96;;#37;#37; end \u00e9\u2603"]
                    n_onprem__o_dx_uy_hz --> ID
                    ID -->|"10.0.0.0/8, #quot;pl/x#quot; #60;b#62;#38;amp; \\N #35;35; #124;x#124; "| n_subnet__end
                """.replace("ID", oddId), mermaid);
        Pattern line = Pattern.compile("flowchart LR|    n_\\w+\\[\"[^\"]*\"]|    n_\\w+ -->(\\|\"[^\"|]*\"\\|)? n_\\w+");
        mermaid.lines().forEach(l -> assertTrue(line.matcher(l).matches(), l));
    }

    @Test
    void mermaidIdsNeverCollide() {
        List<String> keys = List.of("a:b", "a_b", "a/b", "a-b", "a.b", "a__b", "a_ub", "a_x3a_b");
        assertEquals(keys.size(), keys.stream().map(Mermaid::id).distinct().count(), keys.stream().map(Mermaid::id).toList().toString());
    }

    private static Map<String, String> without(Map<String, String> m, String key) {
        Map<String, String> copy = new TreeMap<>(m);
        copy.remove(key);
        return copy;
    }
}
