package dev.vpclint.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The network graph with what exports show of each vertex: its own name (`app-a` for
 * `subnet:app/app-a`) and a one-line label.
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

    /**
     * This graph with vertices in key order and edges by source key, target key, kind and label:
     * JGraphT's graphs iterate in insertion order, and exports must not depend on how a graph was filled.
     */
    public NetGraph inKeyOrder() {
        Graph<NetNode, NetEdge> sorted = new DirectedPseudograph<>(null, null, false);
        graph.vertexSet().stream().sorted(Comparator.comparing(NetNode::key)).forEach(sorted::addVertex);
        List<NetEdge> edges = new ArrayList<>(graph.edgeSet());
        edges.sort(Comparator.comparing((NetEdge e) -> graph.getEdgeSource(e).key())
                .thenComparing(e -> graph.getEdgeTarget(e).key()).thenComparing(NetEdge::kind).thenComparing(NetEdge::label));
        // Fresh edge objects: an edge object belongs to one graph (JGraphT keeps its ends inside it).
        for (NetEdge e : edges) sorted.addEdge(graph.getEdgeSource(e), graph.getEdgeTarget(e), new NetEdge(e.kind(), e.label()));
        return new NetGraph(sorted, details);
    }
}
