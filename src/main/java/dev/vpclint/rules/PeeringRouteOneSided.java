package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.Peering;
import dev.vpclint.model.PeeringStatus;
import dev.vpclint.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags an active peering that only one side routes through towards the other, and (as a note) one
 * neither side routes through ("Update your route tables for a VPC peering connection").
 */
@RuleInfo(id = "VL203", name = "peering-route-one-sided", severity = Severity.WARNING,
        summary = "A peering one side routes through but the other never routes back through")
public final class PeeringRouteOneSided implements Rule {

    /** Per peering and side: whether that side routes through it at all, and its routes toward the peer. */
    private static final class Side {
        boolean routesThrough;
        final List<PeeringRoutes.Hop> towardPeer = new ArrayList<>();
    }

    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        Map<String, Side> sides = new HashMap<>();
        for (PeeringRoutes.Hop hop : PeeringRoutes.of(network)) {
            Side side = sides.computeIfAbsent(key(hop.peering(), hop.from().name()), k -> new Side());
            side.routesThrough = true;
            if (towardPeer(network, hop)) side.towardPeer.add(hop);
        }
        for (Peering p : network.topology().peerings().values()) {
            Vpc requester = network.vpc(p.requester().name());
            Vpc accepter = network.vpc(p.accepter().name());
            if (p.status() != PeeringStatus.ACTIVE || requester == null || accepter == null || requester == accepter) continue;
            Side r = sides.get(key(p, requester.name()));
            Side a = sides.get(key(p, accepter.name()));
            if (r == null && a == null) {
                ctx.report(Severity.NOTE, "peering " + p.name() + " between " + requester.name() + " and " + accepter.name()
                        + " is active but no route table of either VPC routes through it, so it carries no traffic. Add routes"
                        + " to each other's CIDRs via pcx/" + p.name() + " on both sides, or delete the peering.", p.loc(),
                        requester.loc(), accepter.loc());
                continue;
            }
            oneWay(ctx, p, r, a, requester, accepter);
            oneWay(ctx, p, a, r, accepter, requester);
        }
    }

    /** `fromVpc` routes toward `to` through the peering; warns when `to` has no route back through it. */
    private static void oneWay(RuleContext ctx, Peering p, Side from, Side back, Vpc fromVpc, Vpc to) {
        if (from == null || from.towardPeer.isEmpty() || (back != null && !back.towardPeer.isEmpty())) return;
        PeeringRoutes.Hop first = from.towardPeer.get(0);
        int others = from.towardPeer.size() - 1;
        ctx.report("VPC " + fromVpc.name() + " routes " + first.route().destination() + " to VPC " + to.name() + " via peering "
                + p.name() + " (route table " + first.table().name() + (others > 0 ? " and " + others + " more route(s)" : "")
                + "), but no route table of " + to.name() + " routes " + fromVpc.name() + "'s CIDRs back through it,"
                + " so replies from " + to.name() + " never come back through the peering. Add a route to " + fromVpc.name() + "'s CIDRs via pcx/" + p.name()
                + " in the route tables of " + to.name() + "'s subnets.", first.route().loc(), p.loc(), to.loc());
    }

    private static boolean towardPeer(Network network, PeeringRoutes.Hop hop) {
        for (Cidr d : hop.destinations(network)) {
            if ((hop.peer().cidrOverlapping(d) != null)) return true;
        }
        return false;
    }

    private static String key(Peering p, String side) {
        return p.name() + '\u0000' + side;
    }
}
