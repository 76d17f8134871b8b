package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.*;
import java.util.ArrayList;
import java.util.List;

/** On-prem S3/DynamoDB traffic that could only use a VPC's gateway endpoint ("Gateway endpoints for Amazon S3"). */
@RuleInfo(id = "VL301", name = "gateway-endpoint-from-onprem", severity = Severity.ERROR,
        summary = "On-prem traffic for S3 or DynamoDB relies on a gateway endpoint, which serves only its own VPC")
public final class GatewayEndpointFromOnprem implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        for (OnpremSite site : network.topology().onprem().values()) {
            for (OnpremRoute route : site.routes()) {
                String service = GatewayEndpointReach.serviceOf(route.destination());
                Connection c = route.connection() == null ? null : site.connections().get(route.connection().name());
                if (service == null || c == null) continue;
                for (GatewayEndpointReach.Landing l : GatewayEndpointReach.landings(network, c, service)) {
                    if (!l.deadEnd()) continue;
                    ctx.report("on-prem site " + site.name() + " sends " + route.destination() + " over " + c.name()
                            + " into VPC " + l.vpc().name() + " through " + l.via() + ", whose only way to "
                            + GatewayEndpointReach.title(service) + " is gateway endpoint " + l.gatewayEndpoint().name()
                            + "; gateway endpoints never serve traffic from outside their VPC. " + advice(service),
                            route.loc(), c.loc(), l.viaLoc(), l.gatewayEndpoint().loc());
                }
            }
        }
        for (Intent intent : network.topology().intents()) {
            checkIntent(ctx, network, intent);
        }
    }

    /** An intent onprem/X -> service/s3 whose every connection lands only where a gateway endpoint is the only way. */
    private static void checkIntent(RuleContext ctx, Network network, Intent intent) {
        if (!intent.expectReachable() || intent.from().kind() != IntentEnd.Kind.ONPREM
                || !(intent.to().service() instanceof ServiceRef.Aws aws) || aws.region() != null) return;
        // A short name is the Service in the landing VPC's own Region, the one its gateway endpoints serve.
        String service = aws.name();
        if (!service.equals("s3") && !service.equals("dynamodb")) return;
        OnpremSite site = network.topology().onprem().get(intent.from().name());
        if (site == null || site.connections().isEmpty()) return;
        List<Loc> related = new ArrayList<>();
        List<String> endpoints = new ArrayList<>();
        for (Connection c : site.connections().values()) {
            List<GatewayEndpointReach.Landing> landings = GatewayEndpointReach.landings(network, c, service);
            if (landings.isEmpty()) return;
            related.add(c.loc());
            for (GatewayEndpointReach.Landing l : landings) {
                if (!l.deadEnd()) return;
                related.add(l.gatewayEndpoint().loc());
                String name = l.vpc().name() + "/" + l.gatewayEndpoint().name();
                if (!endpoints.contains(name)) endpoints.add(name);
            }
        }
        ctx.report("intent " + intent.from() + " -> " + intent.to() + " expects on-prem site " + site.name() + " to reach "
                + GatewayEndpointReach.title(service) + ", but every connection of the site lands in VPCs whose only way there is a gateway endpoint ("
                + String.join(", ", endpoints) + "); gateway endpoints never serve traffic from outside their VPC. "
                + advice(service), intent.loc(), related);
    }

    private static String advice(String service) {
        String t = GatewayEndpointReach.title(service);
        return "Create an interface endpoint for " + t + " and route on-prem traffic to its private IPs (resolve the " + t
                + " names to them on-prem).";
    }
}
