package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.*;
import java.util.HashMap;
import java.util.Map;

/** One route table associated with two gateway endpoints for one service: one prefix-list route per table ("Gateway endpoints"). */
@RuleInfo(id = "VL305", name = "gateway-endpoint-duplicate-route", severity = Severity.ERROR,
        summary = "One route table is associated with two gateway endpoints for the same service")
public final class GatewayEndpointDuplicateRoute implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            Map<String, Endpoint> first = new HashMap<>();
            for (Endpoint e : vpc.endpoints().values()) {
                if (e.type() != EndpointType.GATEWAY || e.service() == null) continue;
                String service = e.service() instanceof ServiceRef.Aws aws ? aws.name() : e.service().toString();
                for (Ref table : e.routeTables()) {
                    Endpoint earlier = first.putIfAbsent(table.name() + "\u0000" + service, e);
                    if (earlier == null || earlier == e) continue;
                    ctx.report("route table " + table.name() + " in VPC " + vpc.name() + " is associated with gateway endpoints "
                            + earlier.name() + " and " + e.name() + " for " + service + "; a route table holds one route per "
                            + "service prefix list, so AWS refuses the second association. Remove " + table.name() + " from one "
                            + "of them (use different route tables for different endpoint policies).",
                            table.loc(), earlier.loc(), e.loc());
                }
            }
        }
    }
}
