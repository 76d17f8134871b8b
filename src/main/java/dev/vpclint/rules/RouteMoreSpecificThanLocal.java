package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Route;
import dev.vpclint.model.RouteTable;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.Vpc;
import java.util.Map;

/**
 * Flags a route more specific than a local route that AWS refuses: its destination must be exactly one
 * subnet's CIDR and its target a NAT gateway, network interface or GWLB endpoint ("Route table concepts").
 */
@RuleInfo(id = "VL109", name = "route-more-specific-than-local", severity = Severity.ERROR,
        summary = "A route inside a VPC CIDR is not exactly a subnet's CIDR, or its target is not nat/, eni/ or vpce/")
public final class RouteMoreSpecificThanLocal implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            Map<Cidr, Subnet> subnets = null;
            for (RouteTable table : vpc.routeTables().values()) {
                for (Route route : table.routes()) {
                    Cidr d = route.destination().cidrOrNull();
                    if (d == null || VpcAddressing.vpcCidrEqualTo(vpc, d) != null) continue;
                    LocatedCidr local = VpcAddressing.vpcCidrStrictlyContaining(vpc, d);
                    if (local == null) continue;
                    if (subnets == null) subnets = VpcAddressing.subnetsByCidr(vpc);
                    Subnet subnet = subnets.get(d);
                    boolean targetOk = dev.vpclint.net.AwsFacts.MIDDLEBOX_TARGETS.contains(route.target().kind());
                    if (subnet != null && targetOk) continue;
                    String why = subnet == null ? "it is not exactly the CIDR of a subnet of the VPC"
                            + (targetOk ? "" : ", and its target " + route.target() + " is not a NAT gateway, network "
                            + "interface or Gateway Load Balancer endpoint")
                            : "its target " + route.target() + " is not a NAT gateway, network interface or Gateway Load "
                            + "Balancer endpoint (it matches subnet " + subnet.name() + ")";
                    ctx.report("Route " + d + " -> " + route.target() + " in route table " + table.name() + " of VPC " + vpc.name()
                            + " is more specific than the local route for " + local.cidr() + ", and " + why
                            + "; AWS accepts a route inside a VPC CIDR only for a whole subnet CIDR to nat/, eni/ or vpce/. "
                            + "Route a whole subnet to a middlebox, or remove the route.", route.loc(), local.loc());
                }
            }
        }
    }
}
