package dev.vpclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.net.Network;
import dev.vpclint.load.LoadResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where peering routes lead: inside the peer, through the peer to its peers, or out of the peer's edge. */
class PeeringRoutesTest {
    private static final String TOPOLOGY = """
            vpclint: 1
            prefix_lists:
              mixed: [10.3.4.0/24, 192.168.0.0/16]
            vpcs:
              app:
                cidrs: [10.1.0.0/16]
                route_tables:
                  rt:
                    routes:
                      - {destination: 10.0.0.0/16, target: pcx/app-shared}
                      - {destination: 10.3.4.0/24, target: pcx/app-shared}
                      - {destination: 10.2.0.0/24, target: pcx/app-shared}
                      - {destination: 10.0.0.0/8, target: pcx/app-shared}
                      - {destination: 0.0.0.0/0, target: pcx/app-shared}
                      - {destination: pl/mixed, target: pcx/app-shared}
                      - {destination: pl/s3, target: pcx/app-shared}
                      - {destination: 10.2.0.0/16, target: pcx/shared-data}
                      - {destination: 10.2.0.0/16, target: pcx/missing}
              shared:
                cidrs: [10.0.0.0/16, 10.3.0.0/16]
              data:
                cidrs: [10.2.0.0/16]
            peerings:
              app-shared: {requester: app, accepter: shared}
              shared-data: {requester: shared, accepter: data}
            """;

    @Test
    void classifiesEachDestination() {
        // The topology has dangling peering names on purpose: load it with its problems.
        LoadResult loaded = dev.vpclint.testing.Lint.load(TOPOLOGY);
        Network network = new Network(loaded.topologies().get(0).topology());
        List<PeeringRoutes.Hop> hops = PeeringRoutes.of(network);
        // The route via a peering app is not part of, and the one via a dangling name, are no hops.
        assertEquals(7, hops.size());
        Map<String, PeeringRoutes.Hop> byDest = hops.stream()
                .collect(Collectors.toMap(h -> h.route().destination().toString(), Function.identity()));

        PeeringRoutes.Hop inPeer = byDest.get("10.0.0.0/16");
        assertNull(PeeringRoutes.outsidePeer(network, inPeer));
        assertNull(PeeringRoutes.transit(network, inPeer));
        assertNull(PeeringRoutes.outsidePeer(network, byDest.get("10.3.4.0/24")), "inside the peer's secondary CIDR");

        PeeringRoutes.Transit t = PeeringRoutes.transit(network, byDest.get("10.2.0.0/24"));
        assertEquals("data", t.beyond().name());
        assertEquals("shared-data", t.onward().name());
        assertEquals("10.2.0.0/16", t.beyondCidr().cidr().toString());

        // Wider than the peer and than data: it reaches data through shared, so it is transitive.
        assertEquals("data", PeeringRoutes.transit(network, byDest.get("10.0.0.0/8")).beyond().name());
        // A default route is edge-to-edge (it counts on the peer's gateways), never transit.
        assertNull(PeeringRoutes.transit(network, byDest.get("0.0.0.0/0")));
        assertEquals("0.0.0.0/0", PeeringRoutes.outsidePeer(network, byDest.get("0.0.0.0/0")).toString());

        PeeringRoutes.Hop mixed = byDest.get("pl/mixed");
        assertNull(PeeringRoutes.transit(network, mixed));
        assertEquals("192.168.0.0/16", PeeringRoutes.outsidePeer(network, mixed).toString(), "first entry is inside the peer");
        assertTrue(mixed.destinationText(PeeringRoutes.outsidePeer(network, mixed)).contains("entry 192.168.0.0/16"));

        PeeringRoutes.Hop s3 = byDest.get("pl/s3");
        assertNull(PeeringRoutes.outsidePeer(network, s3), "AWS-managed lists have no CIDRs here (VL302's case)");
        assertNull(PeeringRoutes.transit(network, s3));
    }
}
