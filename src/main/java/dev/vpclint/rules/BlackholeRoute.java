package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Route;
import dev.vpclint.model.RouteTable;
import dev.vpclint.model.RouteTarget;
import dev.vpclint.model.Vpc;

/** Flags a VPC route whose target is `blackhole`: its traffic is dropped ("Route" in the EC2 API Reference: route state). */
@RuleInfo(id = "VL207", name = "blackhole-route", severity = Severity.WARNING,
        summary = "A route whose target is blackhole: matching traffic is dropped")
public final class BlackholeRoute implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc v : ctx.network().topology().vpcs().values()) {
            for (RouteTable t : v.routeTables().values()) {
                for (Route r : t.routes()) {
                    if (r.target().kind() != RouteTarget.Kind.BLACKHOLE) continue;
                    ctx.report("route to " + r.destination() + " in route table " + t.name() + " of VPC " + v.name()
                            + " is a blackhole: AWS drops the matching traffic (a VPC route is a blackhole when its target is gone:"
                            + " a deleted NAT gateway or peering, a detached gateway). Point it at a live target, or delete the"
                            + " route so a broader route applies.",
                            r.loc(), t.loc());
                }
            }
        }
    }
}
