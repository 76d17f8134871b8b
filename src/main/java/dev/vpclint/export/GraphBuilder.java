package dev.vpclint.export;

import dev.vpclint.model.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Builds the JGraphT graph of a topology: one vertex per object, typed and labelled edges for how
 * traffic may move, in key order ({@link NetGraph#inKeyOrder()}).
 */
public final class GraphBuilder {
    private final Topology t;
    private final Graph<NetNode, NetEdge> g = new DirectedPseudograph<>(null, null, false);
    private final Map<NetNode, NetGraph.Details> details = new HashMap<>();

    /** The graph of the resolved network: AWS's implicit objects (main tables, VPN and DX attachments) included. */
    public GraphBuilder(dev.vpclint.net.Network network) {
        this.t = network.topology();
    }

    public NetGraph build() {
        for (Vpc v : t.vpcs().values()) vpc(v);
        for (Peering p : t.peerings().values()) peering(p);
        for (TransitGateway tgw : t.transitGateways().values()) transitGateway(tgw);
        for (DxGateway dx : t.directConnectGateways().values()) dxGateway(dx);
        for (OnpremSite s : t.onprem().values()) onpremSite(s);
        for (EndpointService es : t.endpointServices().values()) endpointService(es);
        return new NetGraph(g, details).inKeyOrder();
    }

    private void vpc(Vpc v) {
        String n = v.name();
        NetNode vpc = object(NetNode.Kind.VPC, n, n, cidrs(v.allCidrs()));
        for (RouteTable rt : v.routeTables().values()) routeTable(v, vpc, rt);
        for (Subnet s : v.subnets().values()) {
            List<String> facts = new ArrayList<>();
            if (s.cidr() != null) facts.add(s.cidr().cidr().toString());
            if (s.ipv6Cidr() != null) facts.add(s.ipv6Cidr().cidr().toString());
            facts.add(s.az());
            NetNode subnet = object(NetNode.Kind.SUBNET, n + "/" + s.name(), s.name(), facts);
            link(vpc, subnet, NetEdge.Kind.CONTAINS, "");
            if (s.routeTable() != null) {
                link(subnet, node(NetNode.Kind.ROUTE_TABLE, n + "/" + s.routeTable().name()), NetEdge.Kind.SUBNET_ROUTE_TABLE, "associated");
            }
        }
        gateway(vpc, NetNode.Kind.INTERNET_GATEWAY, v.internetGateway());
        gateway(vpc, NetNode.Kind.EGRESS_ONLY_INTERNET_GATEWAY, v.egressOnlyInternetGateway());
        gateway(vpc, NetNode.Kind.VPN_GATEWAY, v.vpnGateway());
        for (NatGateway nat : v.natGateways().values()) {
            NetNode natNode = object(NetNode.Kind.NAT_GATEWAY, n + "/" + nat.name(), nat.name(),
                    List.of(nat.publicConnectivity() ? "public" : "private"));
            if (nat.subnet() != null) link(node(NetNode.Kind.SUBNET, n + "/" + nat.subnet().name()), natNode, NetEdge.Kind.CONTAINS, "");
        }
        for (NetworkInterface eni : v.networkInterfaces().values()) {
            NetNode eniNode = object(NetNode.Kind.NETWORK_INTERFACE, n + "/" + eni.name(), eni.name(), List.of());
            if (eni.subnet() != null) link(node(NetNode.Kind.SUBNET, n + "/" + eni.subnet().name()), eniNode, NetEdge.Kind.CONTAINS, "");
        }
        for (Endpoint e : v.endpoints().values()) endpoint(n, vpc, e);
    }

    /** Routes to the same target are one edge listing their destinations; blackholes go in the table's label. */
    private void routeTable(Vpc v, NetNode vpc, RouteTable rt) {
        Map<NetNode, List<String>> byTarget = new LinkedHashMap<>();
        List<String> facts = new ArrayList<>();
        if (rt.main()) facts.add("main");
        for (Route r : rt.routes()) {
            if (r.target().kind() == RouteTarget.Kind.BLACKHOLE) {
                facts.add("blackhole " + r.destination());
                continue;
            }
            NetNode target = targetNode(v, r.target());
            if (target != null) byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(r.destination().toString());
        }
        NetNode table = object(NetNode.Kind.ROUTE_TABLE, v.name() + "/" + rt.name(), rt.name(), facts);
        link(vpc, table, NetEdge.Kind.CONTAINS, "");
        byTarget.forEach((target, destinations) -> link(table, target, NetEdge.Kind.ROUTE_TARGET, String.join(", ", destinations)));
        if (rt.propagateVpnRoutes()) link(node(NetNode.Kind.VPN_GATEWAY, v.name()), table, NetEdge.Kind.VGW_PROPAGATION, "propagates");
    }

    /** A VPC has at most one gateway of each kind, so the VPC's name is its key. */
    private void gateway(NetNode vpc, NetNode.Kind kind, Gateway gw) {
        if (gw == null) return;
        link(vpc, object(kind, vpc.id(), gw.name(), List.of(gw.name())), NetEdge.Kind.CONTAINS, "");
    }

    private void endpoint(String vpcName, NetNode vpc, Endpoint e) {
        NetNode ep = object(NetNode.Kind.ENDPOINT, vpcName + "/" + e.name(), e.name(), List.of(e.type().word, String.valueOf(e.service())));
        link(vpc, ep, NetEdge.Kind.CONTAINS, "");
        // A gateway endpoint adds the service's prefix-list route to each of its tables.
        String prefixList = e.service() instanceof ServiceRef.Aws aws ? "pl/" + aws.name() : String.valueOf(e.service());
        for (Ref r : e.routeTables()) link(ep, node(NetNode.Kind.ROUTE_TABLE, vpcName + "/" + r.name()), NetEdge.Kind.ENDPOINT_PLACEMENT, prefixList);
        for (Ref s : e.subnets()) link(ep, node(NetNode.Kind.SUBNET, vpcName + "/" + s.name()), NetEdge.Kind.ENDPOINT_PLACEMENT, "");
        if (e.service() instanceof ServiceRef.EndpointServiceRef es) {
            link(ep, node(NetNode.Kind.ENDPOINT_SERVICE, es.name()), NetEdge.Kind.SERVICE, "");
        }
    }

    private NetNode targetNode(Vpc v, RouteTarget target) {
        return switch (target.kind()) {
            case PCX -> node(NetNode.Kind.PEERING, target.name());
            case TGW -> node(NetNode.Kind.TRANSIT_GATEWAY, target.name());
            case NAT -> node(NetNode.Kind.NAT_GATEWAY, owner(v, target) + "/" + target.name());
            case ENI -> node(NetNode.Kind.NETWORK_INTERFACE, owner(v, target) + "/" + target.name());
            case VPCE -> node(NetNode.Kind.ENDPOINT, owner(v, target) + "/" + target.name());
            case IGW -> node(NetNode.Kind.INTERNET_GATEWAY, v.name());
            case EIGW -> node(NetNode.Kind.EGRESS_ONLY_INTERNET_GATEWAY, v.name());
            case VGW -> node(NetNode.Kind.VPN_GATEWAY, v.name());
            case LOCAL, BLACKHOLE -> null;
        };
    }

    /**
     * The VPC holding a route's NAT gateway, interface or endpoint: its own, else the first other
     * VPC with one of that name (a VL206 mistake the graph should show as written).
     */
    private String owner(Vpc v, RouteTarget target) {
        if (holds(v, target)) return v.name();
        for (Vpc other : t.vpcs().values()) {
            if (holds(other, target)) return other.name();
        }
        return v.name();
    }

    private static boolean holds(Vpc v, RouteTarget target) {
        return switch (target.kind()) {
            case NAT -> v.natGateways().containsKey(target.name());
            case ENI -> v.networkInterfaces().containsKey(target.name());
            case VPCE -> v.endpoints().containsKey(target.name());
            default -> false;
        };
    }

    private void peering(Peering p) {
        List<String> facts = p.status() == PeeringStatus.ACTIVE || p.status() == null ? List.of() : List.of(p.status().word);
        NetNode pcx = object(NetNode.Kind.PEERING, p.name(), p.name(), facts);
        link(node(NetNode.Kind.VPC, p.requester().name()), pcx, NetEdge.Kind.PEERING, "requester");
        link(pcx, node(NetNode.Kind.VPC, p.accepter().name()), NetEdge.Kind.PEERING, "accepter");
    }

    private void transitGateway(TransitGateway tgw) {
        String n = tgw.name();
        NetNode gw = object(NetNode.Kind.TRANSIT_GATEWAY, n, n, tgw.asn() == null ? List.of() : List.of("asn " + tgw.asn()));
        for (TgwRouteTable rt : tgw.routeTables().values()) {
            Map<NetNode, List<String>> byTarget = new LinkedHashMap<>();
            List<String> facts = new ArrayList<>();
            for (TgwRoute r : rt.routes()) {
                if (r.isBlackhole()) {
                    facts.add("blackhole " + r.destination());
                } else {
                    byTarget.computeIfAbsent(node(NetNode.Kind.TGW_ATTACHMENT, n + "/" + r.target()), k -> new ArrayList<>())
                            .add(r.destination().toString());
                }
            }
            NetNode table = object(NetNode.Kind.TGW_ROUTE_TABLE, n + "/" + rt.name(), rt.name(), facts);
            link(gw, table, NetEdge.Kind.CONTAINS, "");
            byTarget.forEach((att, destinations) -> link(table, att, NetEdge.Kind.TGW_ROUTE, String.join(", ", destinations)));
            for (Ref p : rt.propagations()) {
                link(node(NetNode.Kind.TGW_ATTACHMENT, n + "/" + p.name()), table, NetEdge.Kind.TGW_PROPAGATION, "propagates");
            }
        }
        for (TgwAttachment a : dev.vpclint.net.TgwAttachments.of(t, n).values()) {
            NetNode att = object(NetNode.Kind.TGW_ATTACHMENT, n + "/" + a.name(), a.name(),
                    List.of(a.kind().name().toLowerCase(java.util.Locale.ROOT)));
            link(att, gw, NetEdge.Kind.TGW_ATTACHMENT, "");
            if (a.vpc() != null) link(node(NetNode.Kind.VPC, a.vpc().name()), att, NetEdge.Kind.TGW_ATTACHMENT, "");
            if (a.peering() != null) link(att, node(NetNode.Kind.TRANSIT_GATEWAY, a.peering().name()), NetEdge.Kind.TGW_PEERING, "peering");
            if (a.routeTable() != null) {
                link(att, node(NetNode.Kind.TGW_ROUTE_TABLE, n + "/" + a.routeTable().name()), NetEdge.Kind.TGW_ASSOCIATION, "associated");
            }
        }
    }

    private void dxGateway(DxGateway dx) {
        NetNode dxNode = object(NetNode.Kind.DX_GATEWAY, dx.name(), dx.name(), List.of());
        for (DxAssociation a : dx.associations()) {
            String allowed = String.join(", ", cidrs(a.allowedPrefixes()));
            if (a.vpc() != null) link(dxNode, node(NetNode.Kind.VPN_GATEWAY, a.vpc().name()), NetEdge.Kind.DX_ASSOCIATION, allowed);
            if (a.transitGateway() != null) {
                link(dxNode, node(NetNode.Kind.TGW_ATTACHMENT, a.transitGateway().name() + "/" + dx.name()), NetEdge.Kind.DX_ASSOCIATION, allowed);
            }
        }
    }

    private void onpremSite(OnpremSite s) {
        NetNode site = object(NetNode.Kind.ONPREM_SITE, s.name(), s.name(), cidrs(s.cidrs()));
        for (Connection c : s.connections().values()) {
            NetNode conn = object(NetNode.Kind.CONNECTION, c.name(), c.name(), List.of(c.type().word));
            // With no routes written the site announces what it learns over BGP.
            String carried = s.routesWritten() ? String.join(", ", s.routes().stream()
                    .filter(r -> r.connection() != null && r.connection().name().equals(c.name()))
                    .map(r -> r.destination().toString()).toList()) : "bgp";
            link(site, conn, NetEdge.Kind.ONPREM_ROUTE, carried);
            if (c.vpc() != null) link(conn, node(NetNode.Kind.VPN_GATEWAY, c.vpc().name()), NetEdge.Kind.CONNECTION, c.type().word);
            if (c.transitGateway() != null) {
                link(conn, node(NetNode.Kind.TGW_ATTACHMENT, c.transitGateway().name() + "/" + c.name()), NetEdge.Kind.CONNECTION, c.type().word);
            }
            if (c.directConnectGateway() != null) {
                link(conn, node(NetNode.Kind.DX_GATEWAY, c.directConnectGateway().name()), NetEdge.Kind.CONNECTION, c.type().word);
            }
        }
    }

    private void endpointService(EndpointService es) {
        LoadBalancer lb = es.loadBalancer();
        String lbType = lb != null && lb.gateway() ? "gateway load balancer" : "network load balancer";
        NetNode svc = object(NetNode.Kind.ENDPOINT_SERVICE, es.name(), es.name(), List.of(lbType));
        if (lb == null || es.vpc() == null) return;
        for (Ref s : lb.subnets()) link(svc, node(NetNode.Kind.SUBNET, es.vpc().name() + "/" + s.name()), NetEdge.Kind.SERVICE, "");
    }

    private static List<String> cidrs(List<LocatedCidr> cidrs) {
        return cidrs.stream().map(c -> c.cidr().toString()).toList();
    }

    /** A vertex for an object of the topology, with its name and label (`subnet app/a (10.0.1.0/24, use1-az1)`). */
    private NetNode object(NetNode.Kind kind, String id, String name, List<String> facts) {
        NetNode n = node(kind, id);
        String label = kind.word + " " + id + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
        details.put(n, new NetGraph.Details(name, label));
        return n;
    }

    /** A vertex by key; one only referenced so far gets its details when (if) its object is visited. */
    private NetNode node(NetNode.Kind kind, String id) {
        NetNode n = new NetNode(kind, id);
        g.addVertex(n);
        return n;
    }

    private void link(NetNode from, NetNode to, NetEdge.Kind kind, String label) {
        g.addEdge(from, to, new NetEdge(kind, label));
    }
}
