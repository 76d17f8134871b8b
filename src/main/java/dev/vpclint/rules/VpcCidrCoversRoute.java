package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Route;
import dev.vpclint.model.RouteTable;
import dev.vpclint.model.RouteTarget;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.Vpc;
import java.util.List;
import java.util.Map;

/**
 * Flags a secondary IPv4 VPC CIDR that equals or contains the destination of a route in one of the VPC's
 * route tables, whatever the route's target ("VPC CIDR blocks": rules for adding a CIDR block).
 */
@RuleInfo(id = "VL107", name = "vpc-cidr-covers-route", severity = Severity.ERROR,
        summary = "A secondary VPC CIDR equals or contains the destination of a route in the VPC's route tables")
public final class VpcCidrCoversRoute implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            if (vpc.cidrs().size() < 2) continue;
            List<LocatedCidr> secondaries = vpc.cidrs().subList(1, vpc.cidrs().size());
            Map<Cidr, Subnet> subnets = VpcAddressing.subnetsByCidr(vpc);
            for (RouteTable table : vpc.routeTables().values()) {
                for (Route route : table.routes()) {
                    Cidr d = route.destination().cidrOrNull();
                    if (d == null || d.isIpv6() || createdAfterTheCidr(vpc, route, d, subnets)) continue;
                    for (LocatedCidr s : secondaries) {
                        if (!s.cidr().contains(d)) continue;
                        ctx.report("VPC " + vpc.name() + " secondary CIDR " + s.cidr() + (s.cidr().equals(d) ? " equals" : " contains")
                                + " the destination of route " + d + " -> " + route.target() + " in route table " + table.name()
                                + "; AWS refuses to associate a CIDR that is the same as or larger than any route's destination "
                                + "in the VPC's route tables, whatever the target. Choose a secondary CIDR more specific than "
                                + d + " or disjoint from it, or remove the route first.", s.loc(), route.loc());
                    }
                }
            }
        }
    }

    /**
     * Routes that can exist only once the CIDR is associated, so they never block it: the local route
     * (or its replaced target) and routes to exactly one subnet's CIDR (VL109 judges those).
     */
    private static boolean createdAfterTheCidr(Vpc vpc, Route route, Cidr d, Map<Cidr, Subnet> subnets) {
        return route.target().kind() == RouteTarget.Kind.LOCAL || VpcAddressing.replacesLocalRouteTarget(vpc, route)
                || subnets.containsKey(d);
    }
}
