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
            if (e.kind() == kind) out.add(g.getEdgeSource(e) + " -> " + g.getEdgeTarget(e));
        }
        return out;
    }

    @Test
    void relationsAreTypedEdges() throws Exception {
        {
            Graph<NetNode, NetEdge> g = new org.jgrapht.graph.AsUnmodifiableGraph<>(new GraphBuilder(load().topology()).build());
            assertEquals(Set.of("subnet:app/b -> route_table:app/main", "subnet:shared/a -> route_table:shared/private"),
                    edges(g, NetEdge.Kind.SUBNET_ROUTE_TABLE));
            assertEquals(Set.of("route_table:shared/private -> peering:shared-app"), edges(g, NetEdge.Kind.ROUTE_TARGET));
            assertEquals(Set.of("peering:shared-app -> vpc:app", "peering:shared-app -> vpc:shared",
                    "vpc:app -> peering:shared-app", "vpc:shared -> peering:shared-app"), edges(g, NetEdge.Kind.PEERING));
            assertEquals(Set.of("tgw_attachment:core/app -> transit_gateway:core", "tgw_attachment:core/dc1-vpn -> transit_gateway:core",
                    "vpc:app -> tgw_attachment:core/app"), edges(g, NetEdge.Kind.TGW_ATTACHMENT));
            assertEquals(Set.of("tgw_attachment:core/app -> tgw_route_table:core/spokes",
                    "tgw_attachment:core/dc1-vpn -> tgw_route_table:core/spokes"), edges(g, NetEdge.Kind.TGW_ASSOCIATION));
            assertEquals(Set.of("tgw_attachment:core/dc1-vpn -> tgw_route_table:core/spokes"), edges(g, NetEdge.Kind.TGW_PROPAGATION));
            assertEquals(Set.of("connection:dc1-dx -> dx_gateway:dxgw", "connection:dc1-vpn -> tgw_attachment:core/dc1-vpn",
                    "onprem_site:dc1 -> connection:dc1-dx", "onprem_site:dc1 -> connection:dc1-vpn"), edges(g, NetEdge.Kind.CONNECTION));
            assertEquals(Set.of("dx_gateway:dxgw -> vpn_gateway:shared"), edges(g, NetEdge.Kind.DX_ASSOCIATION));
            assertEquals(Set.of("endpoint:shared/kms -> subnet:shared/a", "endpoint:shared/s3 -> route_table:shared/private"),
                    edges(g, NetEdge.Kind.ENDPOINT_PLACEMENT));
            assertThrows(UnsupportedOperationException.class, () -> g.addVertex(new NetNode(NetNode.Kind.VPC, "x")),
                    "rules get an unmodifiable view");
        }
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
