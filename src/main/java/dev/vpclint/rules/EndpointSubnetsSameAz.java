package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.rules.EndpointParts.PlacedSubnet;
import java.util.HashMap;
import java.util.Map;

/**
 * Flags an interface endpoint given two subnets in one Availability Zone: AWS takes one subnet per
 * AZ ("Interface VPC endpoints" in the AWS PrivateLink guide).
 */
@RuleInfo(id = "VL403", name = "endpoint-subnets-same-az", severity = Severity.ERROR,
        summary = "An interface endpoint lists two subnets in the same Availability Zone")
public final class EndpointSubnetsSameAz implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (EndpointParts.Placed p : EndpointParts.endpoints(ctx.network(), EndpointType.INTERFACE)) {
            Endpoint e = p.endpoint();
            // One VPC is in one account, so equal AZ text means the same zone; a name and an ID are not compared.
            Map<String, PlacedSubnet> firstInAz = new HashMap<>();
            for (PlacedSubnet s : EndpointParts.subnets(p.vpc(), e)) {
                PlacedSubnet first = firstInAz.putIfAbsent(s.subnet().az(), s);
                if (first == null) continue;
                String where = "endpoint " + e.name() + " in VPC " + p.vpc().name();
                if (first.subnet() == s.subnet()) {
                    ctx.report(where + " lists subnet " + s.subnet().name() + " twice: an interface endpoint takes one subnet"
                            + " per Availability Zone. Remove the repeated entry.", s.ref().loc(), first.ref().loc());
                } else {
                    ctx.report(where + " lists subnets " + first.subnet().name() + " and " + s.subnet().name()
                            + ", both in " + s.subnet().az() + ": an interface endpoint takes one subnet per Availability Zone,"
                            + " so AWS refuses the second. Keep one of them and add a subnet in another AZ instead.",
                            s.ref().loc(), first.ref().loc(), s.subnet().azLoc());
                }
            }
        }
    }
}
