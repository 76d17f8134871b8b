package dev.vpclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclint.load.LoadResult;
import dev.vpclint.net.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which written routes are peering routes of their own VPC (VL203, VL204 read them). */
class PeeringRoutesTest {
    @Test
    void collectsOnlyRoutesThroughOwnExistingPeerings() {
        // Dangling peering names on purpose: load with the problems.
        LoadResult loaded = dev.vpclint.testing.Lint.load("""
                vpclint: 1
                vpcs:
                  app:
                    cidrs: [10.1.0.0/16]
                    route_tables:
                      rt:
                        routes:
                          - {destination: 10.0.0.0/16, target: pcx/app-shared}
                          - {destination: pl/s3, target: pcx/app-shared}
                          - {destination: 10.2.0.0/16, target: pcx/shared-data}
                          - {destination: 10.2.0.0/16, target: pcx/missing}
                  shared:
                    cidrs: [10.0.0.0/16]
                  data:
                    cidrs: [10.2.0.0/16]
                peerings:
                  app-shared: {requester: app, accepter: shared}
                  shared-data: {requester: shared, accepter: data}
                """);
        Network network = new Network(loaded.topologies().get(0).topology());
        List<String> dests = PeeringRoutes.of(network).stream().map(h -> h.route().destination().toString()).toList();
        assertEquals(List.of("10.0.0.0/16", "pl/s3"), dests);
    }
}
