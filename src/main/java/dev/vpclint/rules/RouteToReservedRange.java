package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.Route;
import dev.vpclint.model.RouteTable;
import dev.vpclint.model.Vpc;
import java.util.List;

/**
 * Flags a route whose destination equals or lies inside a range AWS reserves for its own services,
 * 169.254.168.0/22 (and fd00:ec2::/32 for IPv6) ("Route table concepts", rules and considerations).
 */
@RuleInfo(id = "VL108", name = "route-to-reserved-range", severity = Severity.ERROR,
        summary = "A route destination equals or lies inside 169.254.168.0/22 (or fd00:ec2::/32)")
public final class RouteToReservedRange implements Rule {
    private static final List<Cidr> RESERVED = List.of(VpcAddressing.constant("169.254.168.0/22"),
            VpcAddressing.constant("fd00:ec2::/32"));

    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            for (RouteTable table : vpc.routeTables().values()) {
                for (Route route : table.routes()) {
                    Cidr d = route.destination().cidrOrNull();
                    if (d == null) continue;
                    for (Cidr reserved : RESERVED) {
                        if (!reserved.contains(d)) continue;
                        ctx.report("Route " + d + " -> " + route.target() + " in route table " + table.name() + " of VPC "
                                + vpc.name() + " is " + (reserved.equals(d) ? "" : "inside ") + reserved
                                + ", which AWS reserves for its services (instance metadata, Amazon DNS); AWS refuses routes to it. "
                                + "Remove the route; a wider route that merely overlaps " + reserved + " is accepted, but "
                                + "never forwards that range.", route.loc());
                    }
                }
            }
        }
    }
}
