package dev.vpclint.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;

/**
 * Writes a {@link NetGraph} as DOT, GraphML or JSON (JGraphT's exporters) or Mermaid (ours; JGraphT
 * has none). Every format carries the vertex key as id, `kind`, `name` and `label` per vertex and
 * `kind` and `label` per edge, in key order, and ends with a newline.
 */
public final class GraphExport {
    public enum Format { dot, mermaid, graphml, json }

    private GraphExport() {
    }

    public static void write(NetGraph graph, Format format, Writer out) throws IOException {
        NetGraph g = graph.inKeyOrder();
        StringWriter buffer = new StringWriter();
        switch (format) {
            case dot -> dot(g).exportGraph(g.graph(), buffer);
            case graphml -> graphml(g).exportGraph(g.graph(), buffer);
            case json -> json(g).exportGraph(g.graph(), buffer);
            case mermaid -> Mermaid.write(g, buffer);
        }
        String text = buffer.toString();
        out.write(text.endsWith("\n") ? text : text + "\n");
        out.flush();
    }

    /** Ids and values are quoted for DOT; its exporter escapes only double quotes, so backslashes are ours. */
    private static GraphExporter<NetNode, NetEdge> dot(NetGraph g) {
        DOTExporter<NetNode, NetEdge> x = new DOTExporter<>(n -> "\"" + dotText(n.key()).replace("\"", "\\\"") + "\"");
        x.setGraphIdProvider(() -> "vpclint");
        x.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("rankdir", DefaultAttribute.createAttribute("LR"));
            return a;
        });
        x.setVertexAttributeProvider(n -> vertexAttributes(g, n, GraphExport::dotText));
        x.setEdgeAttributeProvider(e -> edgeAttributes(e, GraphExport::dotText));
        return x;
    }

    private static GraphExporter<NetNode, NetEdge> graphml(NetGraph g) {
        GraphMLExporter<NetNode, NetEdge> x = new GraphMLExporter<>(n -> clean(n.key()));
        for (String attr : new String[] {"kind", "name", "label"}) {
            x.registerAttribute(attr, GraphMLExporter.AttributeCategory.ALL, org.jgrapht.nio.AttributeType.STRING);
        }
        x.setEdgeIdProvider(edgeIds(g));
        x.setVertexAttributeProvider(n -> vertexAttributes(g, n, GraphExport::clean));
        x.setEdgeAttributeProvider(e -> edgeAttributes(e, GraphExport::clean));
        return x;
    }

    private static GraphExporter<NetNode, NetEdge> json(NetGraph g) {
        JSONExporter<NetNode, NetEdge> x = new JSONExporter<>(n -> clean(n.key()));
        x.setEdgeIdProvider(edgeIds(g));
        x.setVertexAttributeProvider(n -> vertexAttributes(g, n, GraphExport::clean));
        x.setEdgeAttributeProvider(e -> edgeAttributes(e, GraphExport::clean));
        return x;
    }

    /** `e0`, `e1`, ... in the graph's edge order. */
    private static Function<NetEdge, String> edgeIds(NetGraph g) {
        Map<NetEdge, String> ids = new HashMap<>();
        for (NetEdge e : g.graph().edgeSet()) ids.put(e, "e" + ids.size());
        return ids::get;
    }

    private static Map<String, Attribute> vertexAttributes(NetGraph g, NetNode n, Function<String, String> text) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("kind", DefaultAttribute.createAttribute(text.apply(n.kind().word)));
        a.put("name", DefaultAttribute.createAttribute(text.apply(g.name(n))));
        a.put("label", DefaultAttribute.createAttribute(text.apply(g.label(n))));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(NetEdge e, Function<String, String> text) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("kind", DefaultAttribute.createAttribute(text.apply(e.kind().word())));
        a.put("label", DefaultAttribute.createAttribute(text.apply(e.label())));
        return a;
    }

    /** Control characters and U+FFFE/U+FFFF (invalid in XML 1.0, line breaks in DOT and Mermaid) become spaces. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF' ? ' ' : c);
        }
        return b.toString();
    }

    /** A DOT string body before the exporter escapes quotes: a backslash would start an escape (`\N`, `\l`). */
    static String dotText(String s) {
        return clean(s).replace("\\", "\\\\");
    }
}
