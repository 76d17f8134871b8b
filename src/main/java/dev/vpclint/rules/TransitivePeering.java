package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.Peering;

/** Flags a route that needs a peer VPC to forward to its own peers ("Unsupported VPC peering configurations": transitive peering). */
@RuleInfo(id = "VL201", name = "transitive-peering", severity = Severity.ERROR,
        summary = "A route via a peering to a VPC peered with the peer: peering is not transitive")
public final class TransitivePeering implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        for (PeeringRoutes.Hop hop : PeeringRoutes.of(network)) {
            PeeringRoutes.Transit t = PeeringRoutes.transit(network, hop);
            if (t == null) continue;
            String a = hop.from().name();
            String b = hop.peer().name();
            String c = t.beyond().name();
            Peering direct = network.peeringBetween(a, c);
            String fix = direct != null
                    ? "Route " + t.destination() + " via pcx/" + direct.name() + ", the peering between " + a + " and " + c + ", instead."
                    : "Peer " + a + " with " + c + " directly, or connect them through a transit gateway.";
            ctx.report("route to " + hop.destinationText(t.destination()) + " via peering " + hop.peering().name()
                    + " expects VPC " + b + " to forward to VPC " + c + " (" + t.beyondCidr().cidr() + ", peered with " + b
                    + " by " + t.onward().name() + "); peering is not transitive (" + a + " -> " + b + " -> " + c + "). " + fix,
                    hop.route().loc(), hop.peering().loc(), t.beyondCidr().loc());
        }
    }
}
