package dev.vpclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.engine.Finding;
import dev.vpclint.engine.FlowStep;
import dev.vpclint.testing.Lint;
import dev.vpclint.testing.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * VL301, VL302 and VL406 ask the path engine, and their findings carry the path it found (SARIF
 * code flows, JSON `flow`): the fixtures check the messages; this checks the paths.
 */
class EnginePathFindingsTest {

    private static List<Finding> findings(String rule, String fixture) {
        Path dir = Project.rules().resolve(rule);
        return Lint.run(dir, dir.resolve(fixture)).stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static FlowStep last(Finding f) {
        return f.flow().get(f.flow().size() - 1);
    }

    @Test
    void onpremRouteFindingCarriesThePathToTheGatewayEndpoint() {
        List<Finding> out = findings("VL301", "flags-prefix-list-beside-interface-endpoint.yaml");
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("onprem/dc1", f.flow().get(0).object());
        assertTrue(f.flow().stream().allMatch(s -> s.direction().equals("there")));
        assertEquals("vpce/shared/s3-gateway", last(f).object());
        assertEquals("VPCE_GATEWAY_FROM_OUTSIDE_VPC", last(f).reason());
        // The path takes the flagged route: the site hop is written where the finding is.
        assertTrue(f.flow().stream().anyMatch(s -> f.loc().equals(s.loc())));
    }

    @Test
    void peerRouteFindingStartsInASubnetOfTheRouteTable() {
        List<Finding> out = findings("VL302", "flags-prefix-list-beside-interface-endpoint.yaml");
        assertEquals(List.of("subnet/app/app-a", "subnet/orders/orders-a"), out.stream().map(f -> f.flow().get(0).object()).toList());
        for (Finding f : out) {
            assertEquals("vpce/shared/s3-gateway", last(f).object());
            assertEquals("VPCE_GATEWAY_FROM_OUTSIDE_VPC", last(f).reason());
        }
    }

    @Test
    void endpointFindingCarriesThePathOfTheFirstRefusedConsumer() {
        List<Finding> out = findings("VL406", "flags-sg-admits-unrouted-cidr.yaml");
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("subnet/endpoints/endpoints-a", f.flow().get(0).object());
        assertEquals("vpce/endpoints/sqs", last(f).object());
        assertEquals("ENI_SG_RULES_MISMATCH", last(f).reason());
    }

    @Test
    void centralEndpointsAdmittingOnlyTheSpokesAreNotFlagged() {
        assertEquals(List.of(), findings("VL406", "ok-central-endpoints-through-tgw.yaml"));
    }
}
