package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.*;

/** A gateway endpoint for a service that offers none: only S3 and DynamoDB do ("Gateway endpoints"). */
@RuleInfo(id = "VL303", name = "gateway-endpoint-service", severity = Severity.ERROR,
        summary = "A gateway endpoint for a service other than S3 or DynamoDB")
public final class GatewayEndpointService implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            for (Endpoint e : vpc.endpoints().values()) {
                if (e.type() != EndpointType.GATEWAY) continue;
                String why = reason(ctx.catalog(), e.service());
                if (why == null) continue;
                ctx.report("gateway endpoint " + e.name() + " in VPC " + vpc.name() + " is for " + e.service() + ", " + why
                        + "; only S3 and DynamoDB offer gateway endpoints. Use `type: " + fit(ctx, e.service())
                        + "` with `subnets` instead.", e.typeLoc(), e.serviceLoc());
            }
        }
    }

    /** The endpoint type that does fit: GWLB endpoints for a Gateway Load Balancer-backed endpoint service, else interface. */
    private static String fit(RuleContext ctx, ServiceRef service) {
        if (service instanceof ServiceRef.EndpointServiceRef ref) {
            EndpointService s = ctx.network().endpointService(ref.name());
            if (s != null && s.loadBalancer() != null && s.loadBalancer().gateway()) return "gateway_load_balancer";
        }
        return "interface";
    }

    /** Why the service cannot have a gateway endpoint, or null when it can. */
    private static String reason(ServiceCatalog catalog, ServiceRef service) {
        if (service == null) return null;
        if (service instanceof ServiceRef.EndpointServiceRef) return "an endpoint service, reached only through interface or Gateway Load Balancer endpoints";
        ServiceRef.Aws aws = (ServiceRef.Aws) service;
        ServiceCatalog.Service known = catalog.get(aws.name());
        // The catalogue may lag AWS: an unknown service is VL412's warning, never this error.
        if (known == null) return null;
        return known.endpointTypes().contains(EndpointType.GATEWAY) ? null : "which offers no gateway endpoint";
    }
}
