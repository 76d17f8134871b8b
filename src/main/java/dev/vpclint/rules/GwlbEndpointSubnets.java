package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Ref;
import dev.vpclint.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/** Flags Gateway Load Balancer endpoints without exactly one subnet ("Access an inspection system using a Gateway Load Balancer endpoint"). */
@RuleInfo(id = "VL409", name = "gwlb-endpoint-subnets", severity = Severity.ERROR,
        summary = "A Gateway Load Balancer endpoint without exactly one subnet")
public final class GwlbEndpointSubnets implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            for (Endpoint e : vpc.endpoints().values()) {
                if (e.type() != EndpointType.GATEWAY_LOAD_BALANCER || e.subnets().size() == 1) continue;
                if (e.subnets().isEmpty()) {
                    ctx.report("Gateway Load Balancer endpoint " + e.name() + " in VPC " + vpc.name()
                            + " has no subnet: a GWLB endpoint lives in exactly one subnet (one Availability Zone). "
                            + "Give it one subnet under subnets.", e.loc());
                    continue;
                }
                List<Loc> others = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (Ref s : e.subnets()) {
                    others.add(s.loc());
                    names.add(s.name());
                }
                ctx.report("Gateway Load Balancer endpoint " + e.name() + " in VPC " + vpc.name() + " lists "
                        + e.subnets().size() + " subnets (" + String.join(", ", names)
                        + "): a GWLB endpoint takes exactly one subnet, which cannot be changed later. "
                        + "Keep one subnet and create one GWLB endpoint per Availability Zone for the others.",
                        e.subnets().get(1).loc(), others);
            }
        }
    }
}
