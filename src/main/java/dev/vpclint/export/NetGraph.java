package dev.vpclint.export;

import java.util.Map;
import org.jgrapht.Graph;

/**
 * The network graph with what exports show of each vertex: its own name (`app-a` for
 * `subnet:app/app-a`) and a one-line label. Vertices and edges iterate in key order, so every
 * export of the same topology is the same bytes.
 */
public record NetGraph(Graph<NetNode, NetEdge> graph, Map<NetNode, Details> details) {
    /** `name` is the object's own name; `label` says kind, scoped name and key facts (CIDRs, type). */
    public record Details(String name, String label) {
    }

    public NetGraph {
        details = Map.copyOf(details);
    }

    public String name(NetNode n) {
        Details d = details.get(n);
        return d != null ? d.name() : n.id().substring(n.id().lastIndexOf('/') + 1);
    }

    /** Vertices only referenced (a route to an `igw` the VPC lacks) get their kind and id. */
    public String label(NetNode n) {
        Details d = details.get(n);
        return d != null ? d.label() : n.kind().word + " " + n.id();
    }
}
