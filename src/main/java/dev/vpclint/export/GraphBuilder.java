package dev.vpclint.export;

import dev.vpclint.model.*;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/** Builds the JGraphT graph of a topology: one vertex per object, typed edges for how traffic may move. */
public final class GraphBuilder {
    private final Topology t;
    private final Graph<NetNode, NetEdge> g = new DirectedPseudograph<>(null, null, false);

    public GraphBuilder(Topology t) {
        this.t = t;
    }

    public Graph<NetNode, NetEdge> build() {
        for (Vpc v : t.vpcs().values()) vpc(v);
        for (Peering p : t.peerings().values()) {
            NetNode pcx = node(NetNode.Kind.PEERING, p.name());
            edge(NetNode.Kind.VPC, p.requester().name(), pcx, NetEdge.Kind.PEERING);
            edge(NetNode.Kind.VPC, p.accepter().name(), pcx, NetEdge.Kind.PEERING);
            link(pcx, node(NetNode.Kind.VPC, p.requester().name()), NetEdge.Kind.PEERING);
            link(pcx, node(NetNode.Kind.VPC, p.accepter().name()), NetEdge.Kind.PEERING);
        }
        for (TransitGateway tgw : t.transitGateways().values()) transitGateway(tgw);
        for (DxGateway dx : t.directConnectGateways().values()) {
            NetNode dxNode = node(NetNode.Kind.DX_GATEWAY, dx.name());
            for (DxAssociation a : dx.associations()) {
                if (a.vpc() != null) link(dxNode, node(NetNode.Kind.VPN_GATEWAY, a.vpc().name()), NetEdge.Kind.DX_ASSOCIATION);
                if (a.transitGateway() != null) {
                    link(dxNode, node(NetNode.Kind.TGW_ATTACHMENT, a.transitGateway().name() + "/" + dx.name()), NetEdge.Kind.DX_ASSOCIATION);
                }
            }
        }
        for (OnpremSite s : t.onprem().values()) {
            NetNode site = node(NetNode.Kind.ONPREM_SITE, s.name());
            for (Connection c : s.connections().values()) {
                NetNode conn = node(NetNode.Kind.CONNECTION, c.name());
                link(site, conn, NetEdge.Kind.CONNECTION);
                if (c.vpc() != null) link(conn, node(NetNode.Kind.VPN_GATEWAY, c.vpc().name()), NetEdge.Kind.CONNECTION);
                if (c.transitGateway() != null) {
                    link(conn, node(NetNode.Kind.TGW_ATTACHMENT, c.transitGateway().name() + "/" + c.name()), NetEdge.Kind.CONNECTION);
                }
                if (c.directConnectGateway() != null) {
                    link(conn, node(NetNode.Kind.DX_GATEWAY, c.directConnectGateway().name()), NetEdge.Kind.CONNECTION);
                }
            }
        }
        for (EndpointService es : t.endpointServices().values()) {
            NetNode svc = node(NetNode.Kind.ENDPOINT_SERVICE, es.name());
            for (Ref s : es.loadBalancer().subnets()) {
                link(svc, node(NetNode.Kind.SUBNET, es.vpc().name() + "/" + s.name()), NetEdge.Kind.SERVICE);
            }
        }
        return g;
    }

    private void vpc(Vpc v) {
        NetNode vpc = node(NetNode.Kind.VPC, v.name());
        String n = v.name();
        for (RouteTable rt : v.routeTables().values()) {
            NetNode table = node(NetNode.Kind.ROUTE_TABLE, n + "/" + rt.name());
            link(vpc, table, NetEdge.Kind.CONTAINS);
            for (Route r : rt.routes()) {
                NetNode target = targetNode(v, r.target());
                if (target != null) link(table, target, NetEdge.Kind.ROUTE_TARGET);
            }
        }
        for (Subnet s : v.subnets().values()) {
            NetNode subnet = node(NetNode.Kind.SUBNET, n + "/" + s.name());
            link(vpc, subnet, NetEdge.Kind.CONTAINS);
            link(subnet, node(NetNode.Kind.ROUTE_TABLE, n + "/" + s.routeTable().name()), NetEdge.Kind.SUBNET_ROUTE_TABLE);
        }
        if (v.internetGateway() != null) link(vpc, node(NetNode.Kind.INTERNET_GATEWAY, n), NetEdge.Kind.CONTAINS);
        if (v.vpnGateway() != null) link(vpc, node(NetNode.Kind.VPN_GATEWAY, n), NetEdge.Kind.CONTAINS);
        for (NatGateway nat : v.natGateways().values()) {
            link(node(NetNode.Kind.SUBNET, n + "/" + nat.subnet().name()), node(NetNode.Kind.NAT_GATEWAY, n + "/" + nat.name()), NetEdge.Kind.CONTAINS);
        }
        for (NetworkInterface eni : v.networkInterfaces().values()) {
            link(node(NetNode.Kind.SUBNET, n + "/" + eni.subnet().name()), node(NetNode.Kind.NETWORK_INTERFACE, n + "/" + eni.name()), NetEdge.Kind.CONTAINS);
        }
        for (Endpoint e : v.endpoints().values()) {
            NetNode ep = node(NetNode.Kind.ENDPOINT, n + "/" + e.name());
            link(vpc, ep, NetEdge.Kind.CONTAINS);
            for (Ref s : e.subnets()) link(ep, node(NetNode.Kind.SUBNET, n + "/" + s.name()), NetEdge.Kind.ENDPOINT_PLACEMENT);
            for (Ref r : e.routeTables()) link(ep, node(NetNode.Kind.ROUTE_TABLE, n + "/" + r.name()), NetEdge.Kind.ENDPOINT_PLACEMENT);
            if (e.service() instanceof ServiceRef.EndpointServiceRef es) {
                link(ep, node(NetNode.Kind.ENDPOINT_SERVICE, es.name()), NetEdge.Kind.SERVICE);
            }
        }
    }

    private NetNode targetNode(Vpc v, RouteTarget target) {
        return switch (target.kind()) {
            case PCX -> node(NetNode.Kind.PEERING, target.name());
            case TGW -> node(NetNode.Kind.TRANSIT_GATEWAY, target.name());
            case NAT -> node(NetNode.Kind.NAT_GATEWAY, v.name() + "/" + target.name());
            case ENI -> node(NetNode.Kind.NETWORK_INTERFACE, v.name() + "/" + target.name());
            case VPCE -> node(NetNode.Kind.ENDPOINT, v.name() + "/" + target.name());
            case IGW, EIGW -> node(NetNode.Kind.INTERNET_GATEWAY, v.name());
            case VGW -> node(NetNode.Kind.VPN_GATEWAY, v.name());
            case LOCAL, BLACKHOLE -> null;
        };
    }

    private void transitGateway(TransitGateway tgw) {
        NetNode gw = node(NetNode.Kind.TRANSIT_GATEWAY, tgw.name());
        for (TgwRouteTable rt : tgw.routeTables().values()) {
            NetNode table = node(NetNode.Kind.TGW_ROUTE_TABLE, tgw.name() + "/" + rt.name());
            link(gw, table, NetEdge.Kind.CONTAINS);
            for (TgwRoute r : rt.routes()) {
                if (!r.isBlackhole()) link(table, node(NetNode.Kind.TGW_ATTACHMENT, tgw.name() + "/" + r.target()), NetEdge.Kind.TGW_ROUTE);
            }
            for (Ref p : rt.propagations()) {
                link(node(NetNode.Kind.TGW_ATTACHMENT, tgw.name() + "/" + p.name()), table, NetEdge.Kind.TGW_PROPAGATION);
            }
        }
        for (TgwAttachment a : t.attachmentsOf(tgw.name()).values()) {
            NetNode att = node(NetNode.Kind.TGW_ATTACHMENT, tgw.name() + "/" + a.name());
            link(att, gw, NetEdge.Kind.TGW_ATTACHMENT);
            if (a.vpc() != null) link(node(NetNode.Kind.VPC, a.vpc().name()), att, NetEdge.Kind.TGW_ATTACHMENT);
            if (a.routeTable() != null) {
                link(att, node(NetNode.Kind.TGW_ROUTE_TABLE, tgw.name() + "/" + a.routeTable().name()), NetEdge.Kind.TGW_ASSOCIATION);
            }
        }
    }

    private NetNode node(NetNode.Kind kind, String id) {
        NetNode n = new NetNode(kind, id);
        g.addVertex(n);
        return n;
    }

    private void edge(NetNode.Kind kind, String id, NetNode to, NetEdge.Kind edgeKind) {
        link(node(kind, id), to, edgeKind);
    }

    private void link(NetNode from, NetNode to, NetEdge.Kind kind) {
        g.addVertex(from);
        g.addVertex(to);
        g.addEdge(from, to, new NetEdge(kind));
    }
}
