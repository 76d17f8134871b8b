package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.paths.FlowSteps;
import dev.vpclint.paths.Hop;
import dev.vpclint.paths.Loops;
import java.util.List;

/** A destination whose forwarding goes round between route tables until the packet's TTL runs out. */
@RuleInfo(id = "VL903", name = "routing-loop", severity = Severity.ERROR,
        summary = "Forwarding for a destination loops between route tables")
public final class RoutingLoop implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Loops.Loop loop : Loops.find(ctx.network())) {
            List<String> ring = loop.cycle().stream().map(Hop::object).distinct().toList();
            Hop closing = loop.closingRoute();
            ctx.reportPath("traffic to " + addressOf(loop) + " loops: " + String.join(" -> ", ring) + " -> " + ring.get(0)
                    + ". Every table on the ring sends it on and none delivers it; break the ring with a more specific route, "
                    + "a blackhole, or a separate route table for the attachment that sends it back.", closing.loc(),
                    loop.cycle().stream().map(Hop::loc).filter(l -> l != null && !l.equals(closing.loc())).distinct().toList(),
                    FlowSteps.of(loop.walk()));
        }
    }

    private static String addressOf(Loops.Loop loop) {
        String s = loop.destinations().get(0).toString();
        int more = loop.destinations().size() - 1;
        return s.substring(0, s.indexOf('/')) + (more == 0 ? "" : " (and " + more + " more address range" + (more == 1 ? "" : "s") + ")");
    }
}
