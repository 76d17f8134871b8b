package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointService;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.LoadBalancer;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Vpc;

/**
 * Flags interface and GWLB endpoints whose type does not fit their service ("AWS PrivateLink concepts",
 * endpoint types). Gateway-type mismatches are VL303's, so one mistake gives one finding.
 */
@RuleInfo(id = "VL413", name = "endpoint-type-mismatch", severity = Severity.ERROR,
        summary = "The endpoint type does not fit the service it connects to")
public final class EndpointTypeMismatch implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            for (Endpoint e : vpc.endpoints().values()) {
                if (e.type() == EndpointType.GATEWAY) continue;
                String what = "endpoint " + e.name() + " in VPC " + vpc.name() + " has type " + e.type().word;
                if (e.service() instanceof ServiceRef.EndpointServiceRef ref) {
                    EndpointService es = ctx.network().endpointService(ref.name());
                    LoadBalancer lb = es == null ? null : es.loadBalancer();
                    if (lb == null) continue;
                    if (e.type() == EndpointType.GATEWAY_LOAD_BALANCER && !lb.gateway()) {
                        ctx.report(what + ", but endpoint service " + es.name() + " is backed by a Network Load Balancer, "
                                + "which serves interface endpoints only. Use type: interface.", e.typeLoc(), lb.typeLoc());
                    } else if (e.type() == EndpointType.INTERFACE && lb.gateway()) {
                        ctx.report(what + ", but endpoint service " + es.name() + " is backed by a Gateway Load Balancer, "
                                + "which serves Gateway Load Balancer endpoints only. Use type: gateway_load_balancer "
                                + "(one per AZ, as a route target).", e.typeLoc(), lb.typeLoc());
                    }
                } else if (e.service() instanceof ServiceRef.Aws aws) {
                    if (e.type() == EndpointType.GATEWAY_LOAD_BALANCER) {
                        ctx.report(what + " for AWS service " + aws.name() + ": Gateway Load Balancer endpoints connect only "
                                + "to GWLB-backed endpoint services, never to AWS services. Use type: interface"
                                + (isGatewayService(ctx, aws) ? " (or gateway)." : "."), e.typeLoc(), e.serviceLoc());
                        continue;
                    }
                    ServiceCatalog.Service svc = ctx.catalog().get(aws.name());
                    if (svc != null && !svc.endpointTypes().isEmpty() && !svc.endpointTypes().contains(EndpointType.INTERFACE)) {
                        ctx.report(what + ", but AWS service " + aws.name() + " offers only "
                                + words(svc) + " endpoints. Use type: " + svc.endpointTypes().get(0).word + ".",
                                e.typeLoc(), e.serviceLoc());
                    }
                }
            }
        }
    }

    private static boolean isGatewayService(RuleContext ctx, ServiceRef.Aws aws) {
        ServiceCatalog.Service svc = ctx.catalog().get(aws.name());
        return svc != null && svc.endpointTypes().contains(EndpointType.GATEWAY);
    }

    private static String words(ServiceCatalog.Service svc) {
        return String.join(" and ", svc.endpointTypes().stream().map(t -> t.word).toList());
    }
}
