package dev.vpclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.net.Network;
import dev.vpclint.model.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where S3 / DynamoDB traffic from outside a VPC lands, and when it meets a gateway endpoint it cannot use. */
class GatewayEndpointReachTest {
    private static final String TOPOLOGY = """
            vpclint: 1
            defaults: {region: us-east-1, account: "111111111111"}
            vpcs:
              direct:
                cidrs: [10.0.0.0/16]
                vpn_gateway: vgw-direct
                subnets:
                  tgw-a: {cidr: 10.0.0.0/28, az: use1-az1, route_table: private}
                route_tables:
                  private: {}
                endpoints:
                  s3: {type: gateway, service: s3, route_tables: [private]}
                  ddb: {type: gateway, service: dynamodb, route_tables: [private]}
                  ddb-if: {type: interface, service: dynamodb, subnets: [tgw-a]}
              natted:
                cidrs: [10.1.0.0/16]
                subnets:
                  tgw-a: {cidr: 10.1.0.0/28, az: use1-az1, route_table: tgw}
                  public-a: {cidr: 10.1.1.0/24, az: use1-az1, route_table: public}
                route_tables:
                  tgw: {}
                  public: {}
                endpoints:
                  s3: {type: gateway, service: s3, route_tables: [public]}
            transit_gateways:
              core:
                route_tables:
                  by-prefix-list:
                    routes:
                      - {destination: 0.0.0.0/0, target: natted}
                      - {destination: pl/s3, target: direct}
                  by-default:
                    routes:
                      - {destination: 0.0.0.0/0, target: direct}
                  to-nat-hub:
                    routes:
                      - {destination: 0.0.0.0/0, target: natted}
                  blackholed:
                    routes:
                      - {destination: pl/s3, target: blackhole}
                      - {destination: 0.0.0.0/0, target: direct}
                  empty: {}
                attachments:
                  direct: {vpc: direct, subnets: [tgw-a], route_table: empty}
                  natted: {vpc: natted, subnets: [tgw-a], route_table: empty}
            onprem:
              dc1:
                cidrs: [192.168.0.0/16]
                connections:
                  vpn: {type: vpn, vpc: direct}
                  tgw-vpn: {type: vpn, transit_gateway: core, route_table: by-prefix-list}
            """;

    private static Network network() {
        return dev.vpclint.testing.Lint.network(TOPOLOGY);
    }

    @Test
    void aPrefixListRouteWinsOverTheDefaultRoute() throws Exception {
        GatewayEndpointReach.Landing l = GatewayEndpointReach.throughTgw(network(), "core", "by-prefix-list", "s3");
        assertEquals("direct", l.vpc().name());
        assertEquals("s3", l.gatewayEndpoint().name());
    }

    @Test
    void theDefaultRouteCarriesThePrefixListWhenNoRouteNamesIt() throws Exception {
        GatewayEndpointReach.Landing l = GatewayEndpointReach.throughTgw(network(), "core", "by-default", "s3");
        assertTrue(l.deadEnd());
        assertEquals("direct", l.vpc().name());
    }

    @Test
    void anInterfaceEndpointForTheServiceIsAnotherWay() throws Exception {
        GatewayEndpointReach.Landing l = GatewayEndpointReach.throughTgw(network(), "core", "by-default", "dynamodb");
        assertEquals("direct", l.vpc().name());
        assertFalse(l.deadEnd());
    }

    @Test
    void aHubWhoseAttachmentSubnetsDoNotUseTheGatewayEndpointIsNoDeadEnd() throws Exception {
        GatewayEndpointReach.Landing l = GatewayEndpointReach.throughTgw(network(), "core", "to-nat-hub", "s3");
        assertEquals("natted", l.vpc().name());
        assertFalse(l.deadEnd());
    }

    @Test
    void blackholesMissingTablesAndNoRouteLandNowhere() throws Exception {
        Network n = network();
        assertNull(GatewayEndpointReach.throughTgw(n, "core", "blackholed", "s3"));
        assertNull(GatewayEndpointReach.throughTgw(n, "core", "empty", "s3"));
        assertNull(GatewayEndpointReach.throughTgw(n, "core", "nope", "s3"));
        assertNull(GatewayEndpointReach.throughTgw(n, "nope", "empty", "s3"));
    }

    @Test
    void connectionsLandOnTheVgwVpcOrBehindTheTgw() throws Exception {
        Network n = network();
        Connection vpn = n.topology().onprem().get("dc1").connections().get("vpn");
        List<GatewayEndpointReach.Landing> viaVgw = GatewayEndpointReach.landings(n, vpn, "s3");
        assertEquals(1, viaVgw.size());
        assertTrue(viaVgw.get(0).deadEnd());
        assertFalse(GatewayEndpointReach.landings(n, vpn, "dynamodb").get(0).deadEnd());
        Connection tgw = n.topology().onprem().get("dc1").connections().get("tgw-vpn");
        List<GatewayEndpointReach.Landing> viaTgw = GatewayEndpointReach.landings(n, tgw, "s3");
        assertEquals(1, viaTgw.size());
        assertEquals("direct", viaTgw.get(0).vpc().name());
    }
}
