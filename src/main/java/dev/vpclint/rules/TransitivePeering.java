package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Peering;
import dev.vpclint.paths.PeeringLimits;

/**
 * Flags a route that needs a peer VPC to forward to its own peers ("How VPC peering connections
 * work": transitive peering). The path engine says which parts of the route's destination the peer
 * cannot deliver ({@link PeeringLimits}).
 */
@RuleInfo(id = "VL201", name = "transitive-peering", severity = Severity.ERROR,
        summary = "A route via a peering to a VPC peered with the peer: peering is not transitive")
public final class TransitivePeering implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (PeeringLimits.Check c : PeeringLimits.all(ctx.network())) {
            PeeringLimits.Outside t = c.outside().stream().filter(o -> o.beyond() != null).findFirst().orElse(null);
            if (t == null) continue;
            String a = c.from().name();
            String b = c.peer().name();
            String beyond = t.beyond().name();
            Peering direct = ctx.network().peeringBetween(a, beyond);
            String fix = direct != null
                    ? "Route " + t.cidr() + " via pcx/" + direct.name() + ", the peering between " + a + " and " + beyond + ", instead."
                    : "Peer " + a + " with " + beyond + " directly, or connect them through a transit gateway.";
            ctx.reportPath("route to " + PeeringFindings.destination(c) + " via peering " + c.peering().name() + " expects VPC " + b
                    + " to forward to VPC " + beyond + " (" + t.beyondCidr().cidr() + ", peered with " + b + " by " + t.onward().name()
                    + "); peering is not transitive (" + a + " -> " + b + " -> " + beyond + "). " + fix,
                    c.entry().loc(), java.util.List.of(c.peering().loc(), t.beyondCidr().loc()), PeeringFindings.flow(c, t));
        }
    }
}
