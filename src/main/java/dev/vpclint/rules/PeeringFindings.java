package dev.vpclint.rules;

import dev.vpclint.engine.FlowStep;
import dev.vpclint.model.Cidr;
import dev.vpclint.paths.PeeringLimits;
import java.util.List;

/** What VL201 and VL202 say about a peering route: its destination as written and the two hops of its path. */
final class PeeringFindings {
    private PeeringFindings() {
    }

    /** The destination as written, naming the prefix-list entry when it is a list. */
    static String destination(PeeringLimits.Check c) {
        String written = c.entry().written();
        return written.startsWith("pl/") ? written + " (entry " + c.entry().cidr() + ")" : written;
    }

    static List<FlowStep> flow(PeeringLimits.Check c, PeeringLimits.Outside o) {
        String table = "rtb/" + c.from().name() + "/" + c.table().name();
        Cidr piece = o.cidr();
        return List.of(
                new FlowStep("there", table, "route " + c.entry() + " sends " + piece + " to peering " + c.peering().name(), c.entry().loc(), null),
                new FlowStep("there", "pcx/" + c.peering().name(), "peering " + c.peering().name() + " delivers only inside VPC " + c.peer().name()
                        + "; " + piece + " is outside it", c.peering().loc(), o.reason().name()));
    }
}
