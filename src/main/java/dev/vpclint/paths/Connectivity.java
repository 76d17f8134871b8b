package dev.vpclint.paths;

import dev.vpclint.model.*;
import dev.vpclint.net.Network;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;

/**
 * Which VPCs, sites and the internet could exchange packets at all: the connected components of
 * every link a walk can cross (peerings, transit gateway attachments and peerings, virtual private
 * gateways, Direct Connect gateways, site connections, internet gateways). A destination in another
 * component is unreachable whatever the routes say (Reachability Analyzer's DISCONNECTED_VPCS), so
 * verdict-only searches try it last. Private addresses never cross the internet (an internet gateway
 * drops them), so they are judged on the components without it. Built once per network with JGraphT.
 */
final class Connectivity {
    private static final String INTERNET = "internet";
    /** Component numbers of VPCs ([0], by name) and sites ([1]), with and without the internet. */
    private final Map<String, Integer>[] withInternet;
    private final Map<String, Integer>[] privateOnly;

    private Connectivity(Graph<String, DefaultEdge> g) {
        this.withInternet = componentOf(g);
        g.removeVertex(INTERNET);
        this.privateOnly = componentOf(g);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer>[] componentOf(Graph<String, DefaultEdge> g) {
        Map<String, Integer>[] out = new Map[] {new HashMap<String, Integer>(), new HashMap<String, Integer>()};
        int n = 0;
        for (Set<String> set : new ConnectivityInspector<>(g).connectedSets()) {
            for (String v : set) {
                if (v.startsWith("vpc:")) out[0].put(v.substring(4), n);
                else if (v.startsWith("site:")) out[1].put(v.substring(5), n);
            }
            n++;
        }
        return out;
    }

    static Connectivity of(Network network) {
        return network.derived(Connectivity.class, Connectivity::build);
    }

    /**
     * Whether something in `a` (a VPC name, or a site when `aSite`) can be connected to `b` at all;
     * `privateAddress` leaves the internet out.
     */
    boolean connected(String a, boolean aSite, String b, boolean bSite, boolean privateAddress) {
        if (aSite == bSite && a.equals(b)) return true;
        Map<String, Integer>[] c = privateAddress ? privateOnly : withInternet;
        Integer cx = c[aSite ? 1 : 0].get(a);
        return cx != null && cx.equals(c[bSite ? 1 : 0].get(b));
    }

    private static Connectivity build(Network network) {
        Graph<String, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
        g.addVertex(INTERNET);
        Topology t = network.topology();
        for (Vpc v : t.vpcs().values()) {
            String vpc = "vpc:" + v.name();
            g.addVertex(vpc);
            if (v.internetGateway() != null || v.egressOnlyInternetGateway() != null) g.addEdge(vpc, INTERNET);
        }
        for (OnpremSite s : t.onprem().values()) g.addVertex("site:" + s.name());
        for (Peering p : t.peerings().values()) link(g, "vpc:" + p.requester().name(), "vpc:" + p.accepter().name());
        for (TransitGateway tgw : t.transitGateways().values()) {
            String node = "tgw:" + tgw.name();
            g.addVertex(node);
            for (TgwAttachment a : network.attachmentsOf(tgw.name()).values()) {
                if (a.vpc() != null) link(g, node, "vpc:" + a.vpc().name());
                if (a.peering() != null) link(g, node, "tgw:" + a.peering().name());
            }
        }
        for (DxGateway dx : t.directConnectGateways().values()) {
            String node = "dxgw:" + dx.name();
            g.addVertex(node);
            for (DxAssociation a : dx.associations()) {
                if (a.vpc() != null) link(g, node, "vpc:" + a.vpc().name());
                if (a.transitGateway() != null) link(g, node, "tgw:" + a.transitGateway().name());
            }
        }
        for (OnpremSite s : t.onprem().values()) {
            for (Connection c : s.connections().values()) {
                String site = "site:" + s.name();
                if (c.vpc() != null) link(g, site, "vpc:" + c.vpc().name());
                if (c.transitGateway() != null) link(g, site, "tgw:" + c.transitGateway().name());
                if (c.directConnectGateway() != null) link(g, site, "dxgw:" + c.directConnectGateway().name());
            }
        }
        return new Connectivity(g);
    }

    private static void link(Graph<String, DefaultEdge> g, String a, String b) {
        g.addVertex(a);
        g.addVertex(b);
        g.addEdge(a, b);
    }
}
