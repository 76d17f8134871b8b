package dev.vpclint.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclint.net.Network;
import dev.vpclint.testing.Lint;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a peering cannot carry, worked out over the whole destination of each route. */
class PeeringLimitsTest {
    private static final String TOPOLOGY = """
            vpclint: 1
            prefix_lists:
              mixed: [10.3.4.0/24, 192.168.0.0/16]
            vpcs:
              app:
                cidrs: [172.20.0.0/16]
                route_tables:
                  rt:
                    routes:
                      - {destination: 10.0.0.0/16, target: pcx/app-shared}
                      - {destination: 10.3.4.0/24, target: pcx/app-shared}
                      - {destination: 10.2.0.0/24, target: pcx/app-shared}
                      - {destination: 10.0.0.0/15, target: pcx/app-shared}
                      - {destination: 10.0.0.0/8, target: pcx/app-shared}
                      - {destination: 0.0.0.0/0, target: pcx/app-shared}
                      - {destination: pl/mixed, target: pcx/app-shared}
                  narrow:
                    routes:
                      - {destination: 10.0.0.0/8, target: pcx/app-shared}
                      - {destination: 10.2.0.0/16, target: tgw/core}
              shared:
                cidrs: [10.0.0.0/16, 10.1.0.0/16, 10.3.0.0/16]
              data:
                cidrs: [10.2.0.0/16]
            peerings:
              app-shared: {requester: app, accepter: shared}
              shared-data: {requester: shared, accepter: data}
            transit_gateways:
              core: {}
            """;

    @Test
    void splitsEachDestinationIntoWhatThePeerCannotDeliver() {
        Network network = new Network(Lint.load(TOPOLOGY).topologies().get(0).topology());
        Map<String, List<String>> byRoute = PeeringLimits.all(network).stream().collect(Collectors.toMap(
                c -> c.table().name() + " " + c.entry().written() + " " + c.entry().cidr(),
                c -> c.outside().stream().map(o -> o.cidr() + (o.beyond() == null ? " edge" : " via " + o.beyond().name())).toList()));

        assertEquals(List.of(), byRoute.get("rt 10.0.0.0/16 10.0.0.0/16"));
        assertEquals(List.of(), byRoute.get("rt 10.3.4.0/24 10.3.4.0/24"), "inside the peer's third CIDR");
        assertEquals(List.of("10.2.0.0/24 via data"), byRoute.get("rt 10.2.0.0/24 10.2.0.0/24"));
        // The defect: 10.0.0.0/15 is exactly the peer's 10.0.0.0/16 + 10.1.0.0/16 together, so nothing is outside.
        assertEquals(List.of(), byRoute.get("rt 10.0.0.0/15 10.0.0.0/15"));
        // Wider than the peer and than data: the part in data (less the /24 a more specific route takes) is transitive.
        assertEquals("10.2.1.0/24 via data", byRoute.get("rt 10.0.0.0/8 10.0.0.0/8").stream().filter(s -> s.contains("via")).findFirst().orElseThrow());
        // A default route counts on the peer's gateways: edge-to-edge, never transitive.
        assertEquals(true, byRoute.get("rt 0.0.0.0/0 0.0.0.0/0").stream().allMatch(s -> s.endsWith("edge")));
        assertEquals(List.of(), byRoute.get("rt pl/mixed 10.3.4.0/24"));
        assertEquals(List.of("192.168.0.0/16 edge"), byRoute.get("rt pl/mixed 192.168.0.0/16"));
        // Longest prefix match: 10.2.0.0/16 goes to the TGW, so the peering route never carries data's addresses.
        assertEquals(true, byRoute.get("narrow 10.0.0.0/8 10.0.0.0/8").stream().allMatch(s -> s.endsWith("edge")));
    }
}
