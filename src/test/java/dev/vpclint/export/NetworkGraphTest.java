package dev.vpclint.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.model.Connection;
import dev.vpclint.net.Network;
import dev.vpclint.testing.Lint;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/** The JGraphT graph carries each relation as a typed edge, and the shared queries answer from the model. */
class NetworkGraphTest {
    static final String TOPOLOGY = """
            vpclint: 1
            vpcs:
              shared:
                cidrs: [10.0.0.0/16]
                vpn_gateway: vgw-shared
                subnets:
                  a: {cidr: 10.0.1.0/24, az: use1-az1, route_table: private}
                route_tables:
                  private:
                    routes:
                      - {destination: 10.1.0.0/16, target: pcx/shared-app}
                endpoints:
                  s3: {type: gateway, service: s3, route_tables: [private]}
                  kms: {type: interface, service: kms, subnets: [a]}
              app:
                cidrs: [10.1.0.0/16]
                subnets:
                  b: {cidr: 10.1.1.0/24, az: use1-az1}
            peerings:
              shared-app: {requester: shared, accepter: app}
            transit_gateways:
              core:
                route_tables:
                  spokes: {propagations: [dc1-vpn]}
                attachments:
                  app: {vpc: app, subnets: [b], route_table: spokes}
            direct_connect_gateways:
              dxgw: {associations: [{vpc: shared}]}
            onprem:
              dc1:
                cidrs: [192.168.0.0/16]
                connections:
                  dc1-vpn: {type: vpn, transit_gateway: core, route_table: spokes}
                  dc1-dx: {type: direct_connect, direct_connect_gateway: dxgw}
            """;

    static Network load() {
        return Lint.network(TOPOLOGY);
    }

    static Set<String> edges(Graph<NetNode, NetEdge> g, NetEdge.Kind kind) {
        Set<String> out = new TreeSet<>();
        for (NetEdge e : g.edgeSet()) {
            if (e.kind() == kind) out.add((g.getEdgeSource(e) + " -> " + g.getEdgeTarget(e) + " " + e.label()).strip());
        }
        return out;
    }

    @Test
    void relationsAreTypedEdges() throws Exception {
        {
            Graph<NetNode, NetEdge> g = new org.jgrapht.graph.AsUnmodifiableGraph<>(new GraphBuilder(load()).build().graph());
            assertEquals(Set.of("subnet:app/b -> rtb:app/main associated", "subnet:shared/a -> rtb:shared/private associated"),
                    edges(g, NetEdge.Kind.SUBNET_ROUTE_TABLE));
            assertEquals(Set.of("rtb:shared/private -> pcx:shared-app 10.1.0.0/16"), edges(g, NetEdge.Kind.ROUTE_TARGET));
            assertEquals(Set.of("pcx:shared-app -> vpc:app accepter", "vpc:shared -> pcx:shared-app requester"),
                    edges(g, NetEdge.Kind.PEERING));
            assertEquals(Set.of("tgw-attach:core/app -> tgw:core", "tgw-attach:core/dc1-vpn -> tgw:core",
                    "vpc:app -> tgw-attach:core/app"), edges(g, NetEdge.Kind.TGW_ATTACHMENT));
            assertEquals(Set.of("tgw-attach:core/app -> tgw-rtb:core/spokes associated",
                    "tgw-attach:core/dc1-vpn -> tgw-rtb:core/spokes associated"), edges(g, NetEdge.Kind.TGW_ASSOCIATION));
            assertEquals(Set.of("tgw-attach:core/dc1-vpn -> tgw-rtb:core/spokes propagates"), edges(g, NetEdge.Kind.TGW_PROPAGATION));
            assertEquals(Set.of("conn:dc1-dx -> dxgw:dxgw direct_connect", "conn:dc1-vpn -> tgw-attach:core/dc1-vpn vpn"),
                    edges(g, NetEdge.Kind.CONNECTION));
            assertEquals(Set.of("onprem:dc1 -> conn:dc1-dx bgp", "onprem:dc1 -> conn:dc1-vpn bgp"), edges(g, NetEdge.Kind.ONPREM_ROUTE));
            assertEquals(Set.of("dxgw:dxgw -> vgw:shared"), edges(g, NetEdge.Kind.DX_ASSOCIATION));
            assertEquals(Set.of("vpce:shared/kms -> subnet:shared/a", "vpce:shared/s3 -> rtb:shared/private pl/s3"),
                    edges(g, NetEdge.Kind.ENDPOINT_PLACEMENT));
            assertThrows(UnsupportedOperationException.class, () -> g.addVertex(new NetNode(NetNode.Kind.VPC, "x")),
                    "rules get an unmodifiable view");
        }
    }

    /** Every relation the format can express, with the label that says what the edge carries. */
    @Test
    void edgesSayWhatTheyCarry() {
        NetGraph net = new GraphBuilder(Lint.network("""
                vpclint: 1
                vpcs:
                  app:
                    cidrs: [10.1.0.0/16]
                    ipv6_cidrs: [2600:1f18::/56]
                    internet_gateway: true
                    egress_only_internet_gateway: edge
                    vpn_gateway: true
                    subnets:
                      a: {cidr: 10.1.1.0/24, az: use1-az1, route_table: rt}
                    route_tables:
                      rt:
                        propagate_vpn_routes: true
                        routes:
                          - {destination: 0.0.0.0/0, target: igw}
                          - {destination: "::/0", target: eigw}
                          - {destination: 10.2.0.0/16, target: nat/out}
                          - {destination: pl/corp, target: nat/out}
                          - {destination: 10.9.0.0/16, target: blackhole}
                          - {destination: 10.3.0.0/16, target: eni/fw}
                          - {destination: 10.4.0.0/16, target: vpce/gwlb}
                    nat_gateways:
                      out: {subnet: a, connectivity: private}
                    network_interfaces:
                      fw: {subnet: a}
                    endpoints:
                      gwlb: {type: gateway_load_balancer, service: endpoint_service/inspect, subnets: [a]}
                prefix_lists:
                  corp: [192.168.0.0/16]
                transit_gateways:
                  core:
                    asn: 64512
                    route_tables:
                      rt: {routes: [{destination: 10.1.0.0/16, target: app}, {destination: 10.8.0.0/16, target: app},
                                    {destination: 10.7.0.0/16, target: blackhole}]}
                    attachments:
                      app: {vpc: app, subnets: [a], route_table: rt}
                      west: {peering: core-west, route_table: rt}
                  core-west: {}
                direct_connect_gateways:
                  dxgw: {associations: [{transit_gateway: core, allowed_prefixes: [10.0.0.0/12, 10.16.0.0/12], route_table: rt}]}
                onprem:
                  dc1:
                    cidrs: [192.168.0.0/16]
                    connections:
                      dx: {type: direct_connect, direct_connect_gateway: dxgw}
                      vpn: {type: vpn, vpc: app}
                    routes:
                      - {destination: 10.1.0.0/16, target: dx}
                      - {destination: pl/corp, target: dx}
                endpoint_services:
                  inspect:
                    vpc: app
                    load_balancer: {type: gateway, subnets: [a]}
                """)).build();
        Graph<NetNode, NetEdge> g = net.graph();
        assertEquals(Set.of("rtb:app/rt -> igw:app 0.0.0.0/0", "rtb:app/rt -> eigw:app ::/0",
                "rtb:app/rt -> nat:app/out 10.2.0.0/16, pl/corp", "rtb:app/rt -> eni:app/fw 10.3.0.0/16",
                "rtb:app/rt -> vpce:app/gwlb 10.4.0.0/16"), edges(g, NetEdge.Kind.ROUTE_TARGET));
        assertEquals("rtb app/rt (blackhole 10.9.0.0/16)", net.label(new NetNode(NetNode.Kind.ROUTE_TABLE, "app/rt")));
        assertEquals(Set.of("vgw:app -> rtb:app/rt propagates"), edges(g, NetEdge.Kind.VGW_PROPAGATION));
        assertEquals(Set.of("tgw-rtb:core/rt -> tgw-attach:core/app 10.1.0.0/16, 10.8.0.0/16"), edges(g, NetEdge.Kind.TGW_ROUTE));
        assertEquals("tgw-rtb core/rt (blackhole 10.7.0.0/16)", net.label(new NetNode(NetNode.Kind.TGW_ROUTE_TABLE, "core/rt")));
        assertEquals(Set.of("tgw-attach:core/west -> tgw:core-west peering"), edges(g, NetEdge.Kind.TGW_PEERING));
        assertEquals(Set.of("tgw-attach:core/app -> tgw-rtb:core/rt associated", "tgw-attach:core/dxgw -> tgw-rtb:core/rt associated",
                "tgw-attach:core/west -> tgw-rtb:core/rt associated"), edges(g, NetEdge.Kind.TGW_ASSOCIATION));
        assertEquals(Set.of("dxgw:dxgw -> tgw-attach:core/dxgw 10.0.0.0/12, 10.16.0.0/12"), edges(g, NetEdge.Kind.DX_ASSOCIATION));
        assertEquals(Set.of("onprem:dc1 -> conn:dx 10.1.0.0/16, pl/corp", "onprem:dc1 -> conn:vpn"), edges(g, NetEdge.Kind.ONPREM_ROUTE));
        assertEquals(Set.of("conn:dx -> dxgw:dxgw direct_connect", "conn:vpn -> vgw:app vpn"), edges(g, NetEdge.Kind.CONNECTION));
        assertEquals(Set.of("vpce-svc:inspect -> subnet:app/a", "vpce:app/gwlb -> vpce-svc:inspect"), edges(g, NetEdge.Kind.SERVICE));
        assertEquals(Set.of("subnet:app/a -> eni:app/fw", "subnet:app/a -> nat:app/out", "tgw:core -> tgw-rtb:core/rt",
                "vpc:app -> eigw:app", "vpc:app -> igw:app", "vpc:app -> rtb:app/main", "vpc:app -> rtb:app/rt",
                "vpc:app -> subnet:app/a", "vpc:app -> vgw:app", "vpc:app -> vpce:app/gwlb"), edges(g, NetEdge.Kind.CONTAINS));
        assertEquals("edge", net.name(new NetNode(NetNode.Kind.EGRESS_ONLY_INTERNET_GATEWAY, "app")), "a gateway keeps its own name");
        assertEquals("vpc app (10.1.0.0/16, 2600:1f18::/56)", net.label(new NetNode(NetNode.Kind.VPC, "app")));
        assertEquals("vpce-svc inspect (gateway load balancer)", net.label(new NetNode(NetNode.Kind.ENDPOINT_SERVICE, "inspect")));
    }

    @Test
    void verticesAndEdgesIterateInKeyOrder() {
        Graph<NetNode, NetEdge> g = new GraphBuilder(load()).build().graph();
        List<String> keys = g.vertexSet().stream().map(NetNode::key).toList();
        assertEquals(keys.stream().sorted().toList(), keys);
        List<String> edgeKeys = g.edgeSet().stream().map(e -> g.getEdgeSource(e).key() + " " + g.getEdgeTarget(e).key()).toList();
        assertEquals(edgeKeys.stream().sorted().toList(), edgeKeys);
    }

    @Test
    void sharedQueries() throws Exception {
        {
            Network n = load();
            assertEquals(List.of("app"), n.peersOf("shared"));
            assertEquals("shared-app", n.peeringBetween("app", "shared").name());
            assertEquals("main", n.routeTableOf(n.subnet("app", "b")).name());
            assertEquals(List.of("b"), n.subnetsOf(n.vpc("app").routeTables().get("main")).stream().map(s -> s.name()).toList());
            assertEquals(2, n.effectiveRoutes(n.vpc("shared").routeTables().get("private")).size(), "local route + written route");
            assertEquals("app", n.attachmentOf("app", "core").name());
            Connection vpn = n.topology().onprem().get("dc1").connections().get("dc1-vpn");
            Connection dx = n.topology().onprem().get("dc1").connections().get("dc1-dx");
            assertEquals(List.of("dc1-vpn"), n.landingOf(vpn).tgwAttachments().stream().map(a -> a.name()).toList());
            assertEquals(List.of("shared"), n.landingOf(dx).vgwVpcs());
            assertTrue(n.vpcsOverlapping(dev.vpclint.model.Cidr.IPV4_ANY).size() == 2);
            assertEquals(List.of("app"), n.vpcsOverlapping(parse("10.1.2.0/24")).stream().map(v -> v.name()).toList());
        }
    }

    static dev.vpclint.model.Cidr parse(String s) throws Exception {
        return dev.vpclint.model.Cidr.parse(s);
    }
}
