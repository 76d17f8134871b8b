package dev.vpclint.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vpclint.load.LoadResult;
import dev.vpclint.model.EndpointService;
import dev.vpclint.model.IpAddressType;
import dev.vpclint.model.Problem;
import dev.vpclint.model.Topology;
import dev.vpclint.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What AWS assumes for what a design leaves unwritten, applied once by the resolved network. */
class AwsDefaultsTest {
    private static final String SERVICES = """
            vpclint: 1
            vpcs:
              svc:
                cidrs: [10.0.0.0/16]
                subnets:
                  a: {cidr: 10.0.1.0/24, az: use1-az1}
            endpoint_services:
              api:
                vpc: svc
                load_balancer: {type: network, subnets: [a]}
              private-api:
                vpc: svc
                load_balancer: {type: network, scheme: internal, subnets: [a]}
                acceptance_required: true
                supported_ip_address_types: [ipv6]
              firewall:
                vpc: svc
                load_balancer: {type: gateway, subnets: [a]}
            """;

    @Test
    void loadBalancersAreInternetFacingUnlessWrittenOtherwise() {
        Topology written = Lint.load(SERVICES).topologies().get(0).topology();
        assertNull(written.endpointServices().get("api").loadBalancer().internetFacing(), "the model keeps what was written");
        assertNull(written.endpointServices().get("api").acceptanceRequired());
        Topology net = new Network(written).topology();
        EndpointService api = net.endpointServices().get("api");
        // CreateLoadBalancer: "The default is an Internet-facing load balancer."
        assertEquals(true, api.loadBalancer().internetFacing());
        assertEquals(false, api.acceptanceRequired());
        assertEquals(List.of(IpAddressType.IPV4), api.supportedIpAddressTypes());
        EndpointService priv = net.endpointServices().get("private-api");
        assertEquals(false, priv.loadBalancer().internetFacing());
        assertEquals(true, priv.acceptanceRequired());
        assertEquals(List.of(IpAddressType.IPV6), priv.supportedIpAddressTypes());
        assertEquals(false, net.endpointServices().get("firewall").loadBalancer().internetFacing(), "a Gateway Load Balancer has no scheme");
    }

    @Test
    void aSchemeOnAGatewayLoadBalancerIsRefused() {
        LoadResult r = Lint.load("""
                vpclint: 1
                vpcs:
                  svc:
                    cidrs: [10.0.0.0/16]
                    subnets:
                      a: {cidr: 10.0.1.0/24, az: use1-az1}
                endpoint_services:
                  firewall:
                    vpc: svc
                    load_balancer: {type: gateway, scheme: internal, subnets: [a]}
                """);
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals("VL002 10:36 a Gateway Load Balancer has no scheme; remove 'scheme'",
                p.ruleId() + " " + p.loc().line() + ":" + p.loc().column() + " " + p.message());
    }
}
