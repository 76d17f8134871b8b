package dev.vpclint.rules;

import dev.vpclint.net.AwsFacts;
import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.Destination;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Route;
import dev.vpclint.model.RouteTable;
import dev.vpclint.model.RouteTarget;
import dev.vpclint.model.Vpc;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Flags a destination written twice in one route table, and a written route for a VPC CIDR that
 * would duplicate the implicit local route ("Route table concepts"; "Replace or restore the target for a local route").
 */
@RuleInfo(id = "VL208", name = "duplicate-route", severity = Severity.ERROR,
        summary = "The same destination twice in one route table")
public final class DuplicateRoute implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc v : ctx.network().topology().vpcs().values()) {
            Map<Cidr, LocatedCidr> vpcCidrs = new HashMap<>();
            for (LocatedCidr c : v.allCidrs()) vpcCidrs.putIfAbsent(c.cidr(), c);
            for (RouteTable t : v.routeTables().values()) {
                // Destination records compare canonical CIDRs (Cidr.equals) or prefix-list names.
                Map<Destination, Route> seen = new HashMap<>();
                for (Route r : t.routes()) {
                    Route first = seen.putIfAbsent(r.destination(), r);
                    if (first != null) {
                        ctx.report("route table " + t.name() + " of VPC " + v.name() + " already has a route to "
                                + r.destination() + " (target " + first.target() + "); AWS keeps one route per destination"
                                + " in a route table, so this one (target " + r.target() + ") cannot be added. Keep one of them.",
                                r.loc(), first.loc());
                        continue;
                    }
                    LocatedCidr local = r.destination() instanceof Destination.OfCidr c ? vpcCidrs.get(c.cidr()) : null;
                    if (local != null && r.target().kind() != RouteTarget.Kind.LOCAL && !AwsFacts.MIDDLEBOX_TARGETS.contains(r.target().kind())) {
                        ctx.report("route to " + r.destination() + " in route table " + t.name() + " duplicates the implicit"
                                + " local route for VPC " + v.name() + "'s CIDR " + local.cidr() + "; the local route's target"
                                + " can only be replaced by a NAT gateway, network interface or Gateway Load Balancer endpoint, not "
                                + r.target() + ". Remove the route.", r.loc(), local.loc());
                    }
                }
            }
        }
    }
}
