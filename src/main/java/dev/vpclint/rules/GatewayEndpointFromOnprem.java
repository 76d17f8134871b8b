package dev.vpclint.rules;

import static dev.vpclint.rules.GatewayEndpointTraces.*;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Connection;
import dev.vpclint.model.Intent;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.Loc;
import dev.vpclint.model.OnpremRoute;
import dev.vpclint.model.OnpremSite;
import dev.vpclint.net.Network;
import dev.vpclint.paths.Attempt;
import dev.vpclint.paths.IntentChecks;
import dev.vpclint.paths.FlowSteps;
import dev.vpclint.paths.Hop;
import dev.vpclint.paths.Source;
import dev.vpclint.paths.Tracer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On-prem S3/DynamoDB traffic that the path engine takes into a VPC whose way to the service is a
 * gateway endpoint, which never serves traffic from outside its VPC ("Gateway endpoints for Amazon
 * S3"). A site route to `pl/s3` carries packets addressed to the service's own addresses, so only a
 * gateway endpoint could take them: an interface endpoint in the same VPC does not help them.
 */
@RuleInfo(id = "VL301", name = "gateway-endpoint-from-onprem", severity = Severity.ERROR,
        summary = "On-prem traffic for S3 or DynamoDB relies on a gateway endpoint, which serves only its own VPC")
public final class GatewayEndpointFromOnprem implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        Tracer tracer = new Tracer(network);
        for (OnpremSite site : network.topology().onprem().values()) {
            Map<String, List<OnpremRoute>> byService = new LinkedHashMap<>();
            for (OnpremRoute route : site.routes()) {
                String service = serviceOf(route.destination());
                if (service != null && route.connection() != null) byService.computeIfAbsent(service, k -> new ArrayList<>()).add(route);
            }
            // One trace per site and service: every route to the same list is in the same site table.
            for (Map.Entry<String, List<OnpremRoute>> e : byService.entrySet()) {
                IntentEnd from = new IntentEnd(IntentEnd.Kind.ONPREM, site.name(), null, null, null, site.loc());
                Attempt a = outsideVpcStop(tracer.traceToServiceAddresses(https(from, e.getKey(), site.loc())));
                if (a == null) continue;
                OnpremRoute route = e.getValue().stream().filter(r -> takes(a, r.loc())).findFirst().orElse(e.getValue().get(0));
                report(ctx, network, a, e.getKey(), route.loc(), "on-prem site " + site.name() + " sends " + route.destination());
            }
        }
        for (Intent intent : network.topology().intents()) {
            String service = serviceOf(intent);
            if (service == null) continue;
            Attempt a = outsideVpcStop(IntentChecks.of(network, intent));
            // Starts inside a VPC are VL302's.
            if (a == null || a.source().kind() != Source.Kind.SITE) continue;
            report(ctx, network, a, service, intent.loc(), "intent " + intent.name() + " (" + intent.from() + " -> " + intent.to()
                    + ") expects on-prem site " + a.source().site() + " to reach " + title(service) + ", but the site sends it");
        }
    }

    private static void report(RuleContext ctx, Network network, Attempt a, String service, Loc at, String what) {
        Hop stop = a.stop();
        String t = title(service);
        String name = firstNamed(a, "connection/");
        Connection c = name == null ? null : network.connection(name);
        List<String> gateways = crossings(network, a);
        String via = !gateways.isEmpty() ? String.join(" and ", gateways) : "its virtual private gateway";
        List<Loc> related = new ArrayList<>();
        if (c != null) related.add(c.loc());
        related.add(stop.loc());
        ctx.reportPath(what + (name == null ? "" : " over " + name) + " into VPC " + stop.vpc() + " through " + via
                + ", whose way to " + t + " is gateway endpoint " + endpointName(stop)
                + "; gateway endpoints never serve traffic from outside their VPC, and an interface endpoint serves only"
                + " traffic addressed to its own private IPs. Create an interface endpoint for " + t
                + " and route on-prem traffic to its private IPs (resolve the " + t + " names to them on-prem).",
                at, related, FlowSteps.of(a));
    }
}
