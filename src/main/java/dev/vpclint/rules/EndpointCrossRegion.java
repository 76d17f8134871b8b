package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointService;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Vpc;

/**
 * Flags interface endpoints to a service in another Region that does not accept cross-Region
 * consumers ("Cross-region enabled AWS services"; "Share your services through AWS PrivateLink", Cross-Region access).
 */
@RuleInfo(id = "VL408", name = "endpoint-cross-region", severity = Severity.ERROR,
        summary = "An interface endpoint to another Region whose service does not accept consumers from the endpoint's Region")
public final class EndpointCrossRegion implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Network net = ctx.network();
        for (Vpc vpc : net.topology().vpcs().values()) {
            if (vpc.region() == null) continue;
            for (Endpoint e : vpc.endpoints().values()) {
                if (e.type() != EndpointType.INTERFACE) continue;
                if (e.service() instanceof ServiceRef.Aws aws) {
                    checkAwsService(ctx, vpc, e, aws);
                } else if (e.service() instanceof ServiceRef.EndpointServiceRef ref) {
                    checkEndpointService(ctx, net, vpc, e, net.endpointService(ref.name()));
                }
            }
        }
    }

    private static void checkAwsService(RuleContext ctx, Vpc vpc, Endpoint e, ServiceRef.Aws aws) {
        String target = e.region();
        if (target == null || target.equals(vpc.region())) return;
        ServiceCatalog.Service svc = ctx.catalog().get(aws.name());
        if (svc == null || svc.crossRegion() != Boolean.FALSE) return;
        ctx.report("interface endpoint " + e.name() + " in VPC " + vpc.name() + " (" + vpc.region() + ") connects to "
                        + aws.name() + " in " + target + ", but " + aws.name()
                        + " is not on AWS's list of cross-Region enabled services: the endpoint cannot be created. "
                        + "Use " + aws.name() + " in " + vpc.region() + " (drop the Region), or create the endpoint in a VPC in "
                        + target + " and reach it over peering or a transit gateway.",
                e.regionLoc(), e.serviceLoc());
    }

    private static void checkEndpointService(RuleContext ctx, Network net, Vpc vpc, Endpoint e, EndpointService es) {
        if (es == null || es.vpc() == null) return;
        Vpc provider = net.vpc(es.vpc().name());
        if (provider == null || provider.region() == null || provider.region().equals(vpc.region())) return;
        if (es.supportedRegions().contains(vpc.region())) return;
        ctx.report("interface endpoint " + e.name() + " in VPC " + vpc.name() + " (" + vpc.region()
                        + ") connects to endpoint service " + es.name() + " in " + provider.region()
                        + ", whose supported_regions do not include " + vpc.region()
                        + ": AWS offers an endpoint service only in its own Region and the Regions its provider adds. "
                        + "Add " + vpc.region() + " to the service's supported_regions, or create the endpoint in a VPC in "
                        + provider.region() + " and reach it over peering or a transit gateway.",
                e.serviceLoc(), es.regionsLoc(), provider.loc());
    }
}
