package dev.vpclint.export;

import java.io.IOException;
import java.io.Writer;
import org.jgrapht.Graph;

/**
 * A Mermaid `flowchart LR` of the graph (JGraphT has no Mermaid exporter). Node ids are the
 * vertex keys spelled in letters, digits and `_` behind an `n_` prefix, so no id is a keyword
 * (`end`), starts with `o` or `x` (which Mermaid reads as an edge end) or collides with another.
 * Labels are quoted, with Mermaid's entity codes for the characters that end or alter them.
 */
final class Mermaid {
    private Mermaid() {
    }

    static void write(NetGraph g, Writer out) throws IOException {
        Graph<NetNode, NetEdge> graph = g.graph();
        out.write("flowchart LR\n");
        for (NetNode n : graph.vertexSet()) {
            out.write("    " + id(n.key()) + "[\"" + text(g.label(n)) + "\"]\n");
        }
        for (NetEdge e : graph.edgeSet()) {
            String arrow = e.label().isEmpty() ? " --> " : " -->|\"" + text(e.label()) + "\"| ";
            out.write("    " + id(graph.getEdgeSource(e).key()) + arrow + id(graph.getEdgeTarget(e).key()) + "\n");
        }
    }

    /**
     * Letters and digits stay; every other character becomes `_` and a code, so two different keys
     * never meet: `vpc:app` -> `n_vpc__app`, `subnet:app/app-a` -> `n_subnet__app_sapp_ha`.
     */
    static String id(String key) {
        StringBuilder b = new StringBuilder("n_");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
                continue;
            }
            switch (c) {
                case ':' -> b.append("__");
                case '/' -> b.append("_s");
                case '-' -> b.append("_h");
                case '.' -> b.append("_d");
                case '_' -> b.append("_u");
                default -> b.append("_x").append(Integer.toHexString(c)).append('_');
            }
        }
        return b.toString();
    }

    /**
     * Text inside `"..."`: quotes, entity starts, markup, the edge-label bar and `%` (Mermaid finds
     * `%%{...}%%` directives anywhere in the text) as `#code;`.
     */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : GraphExport.clean(s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("#quot;");
                case '#', '&', '<', '>', '|', '`', '%' -> b.append('#').append((int) c).append(';');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
