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
                        + "Point it at " + vpc.region() + " (`service: " + shortName(e.service()) + "`); for resources in " + e.region()
                        + " use an endpoint in a VPC of that Region, or an interface endpoint where the service supports cross-Region access.",
                        e.regionLoc(), vpc.loc());
            }
        }
    }

    private static String shortName(ServiceRef service) {
        return service instanceof ServiceRef.Aws aws ? aws.name() : service.toString();
    }
}
