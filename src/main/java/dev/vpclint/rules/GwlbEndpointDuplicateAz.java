package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.Ref;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.Vpc;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Flags a second GWLB endpoint for one service in one AZ of a VPC: AWS allows a single GWLB
 * endpoint per Availability Zone per service ("Access an inspection system using a Gateway Load Balancer endpoint").
 */
@RuleInfo(id = "VL410", name = "gwlb-endpoint-duplicate-az", severity = Severity.ERROR,
        summary = "Two Gateway Load Balancer endpoints for one service in one Availability Zone of a VPC")
public final class GwlbEndpointDuplicateAz implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            Map<String, Endpoint> firstByServiceAndAz = new HashMap<>();
            for (Endpoint e : vpc.endpoints().values()) {
                if (e.type() != EndpointType.GATEWAY_LOAD_BALANCER) continue;
                String service = EndpointTargets.serviceKey(e, vpc);
                if (service == null) continue;
                Set<String> azs = new HashSet<>();
                for (Ref ref : e.subnets()) {
                    Subnet s = vpc.subnets().get(ref.name());
                    if (s == null || !azs.add(s.az())) continue;
                    Endpoint first = firstByServiceAndAz.putIfAbsent(service + " " + s.az(), e);
                    if (first == null) continue;
                    ctx.report("Gateway Load Balancer endpoint " + e.name() + " in VPC " + vpc.name() + " serves "
                            + e.service() + " in " + s.az() + ", where GWLB endpoint " + first.name()
                            + " already does: AWS allows one GWLB endpoint per Availability Zone per service. "
                            + "Route that AZ's traffic to " + first.name() + " and remove " + e.name()
                            + ", or place it in another AZ.", ref.loc(), first.loc());
                }
            }
        }
    }
}
