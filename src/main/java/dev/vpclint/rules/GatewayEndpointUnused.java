package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.*;

/** A gateway endpoint with no route table: no subnet's traffic can use it ("Gateway endpoints", routing). */
@RuleInfo(id = "VL306", name = "gateway-endpoint-unused", severity = Severity.WARNING,
        summary = "A gateway endpoint associated with no route table")
public final class GatewayEndpointUnused implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            for (Endpoint e : vpc.endpoints().values()) {
                if (e.type() != EndpointType.GATEWAY || !e.routeTables().isEmpty()) continue;
                ctx.report("gateway endpoint " + e.name() + " in VPC " + vpc.name() + " is associated with no route table, so "
                        + "AWS adds its " + e.service() + " prefix-list route nowhere and no subnet uses it. List the route "
                        + "tables of the subnets that need " + e.service() + " under `route_tables`, or delete the endpoint.",
                        e.loc(), vpc.loc());
            }
        }
    }
}
