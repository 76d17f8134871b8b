package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.*;

/** A gateway endpoint whose service Region is not its VPC's: gateway endpoints are same-Region ("Gateway endpoints for Amazon S3"). */
@RuleInfo(id = "VL304", name = "gateway-endpoint-region", severity = Severity.ERROR,
        summary = "A gateway endpoint's service Region differs from its VPC's Region")
public final class GatewayEndpointRegion implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            if (vpc.region() == null) continue;
            for (Endpoint e : vpc.endpoints().values()) {
                if (e.type() != EndpointType.GATEWAY || e.region() == null || e.region().equals(vpc.region())) continue;
                ctx.report("gateway endpoint " + e.name() + " in VPC " + vpc.name() + " (" + vpc.region() + ") is for "
                        + e.service() + " in " + e.region() + "; a gateway endpoint serves only its own Region's service. "
                        + "Use the service of " + vpc.region() + " here; to reach " + e.region()
                        + ", use an interface endpoint (where the service supports cross-Region access) or a VPC in that Region.",
                        e.regionLoc(), vpc.loc());
            }
        }
    }
}
