package dev.vpclint.rules;

import static dev.vpclint.rules.GatewayEndpointTraces.*;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Intent;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Route;
import dev.vpclint.model.RouteTable;
import dev.vpclint.model.RouteTarget;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.Vpc;
import dev.vpclint.net.Network;
import dev.vpclint.paths.Attempt;
import dev.vpclint.paths.IntentChecks;
import dev.vpclint.paths.FlowSteps;
import dev.vpclint.paths.Hop;
import dev.vpclint.paths.Source;
import dev.vpclint.paths.Tracer;
import java.util.List;

/**
 * S3/DynamoDB routes over a peering or transit gateway that the path engine takes into another
 * VPC whose way to the service is a gateway endpoint ("Gateway endpoints for Amazon S3"; VPC
 * peering "edge to edge" limitations). The route carries packets addressed to the service's own
 * addresses, so an interface endpoint in that VPC does not help them.
 */
@RuleInfo(id = "VL302", name = "gateway-endpoint-from-peer", severity = Severity.ERROR,
        summary = "A VPC sends S3 or DynamoDB traffic over a peering or transit gateway to another VPC's gateway endpoint")
public final class GatewayEndpointFromPeer implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        Tracer tracer = new Tracer(network);
        for (Vpc vpc : network.topology().vpcs().values()) {
            for (RouteTable table : vpc.routeTables().values()) {
                for (Route route : table.routes()) {
                    String service = serviceOf(route.destination());
                    RouteTarget.Kind k = route.target().kind();
                    if (service != null && (k == RouteTarget.Kind.PCX || k == RouteTarget.Kind.TGW)) check(ctx, tracer, vpc, table, route, service);
                }
            }
        }
        for (Intent intent : network.topology().intents()) {
            String service = serviceOf(intent);
            if (service == null) continue;
            Attempt a = outsideVpcStop(IntentChecks.of(network, intent));
            // Starts at an on-prem site are VL301's.
            if (a == null || a.source().kind() != Source.Kind.HOST) continue;
            report(ctx, a, service, intent.loc(), "intent " + intent.name() + " (" + intent.from() + " -> " + intent.to() + ") expects "
                    + a.source().object() + " in VPC " + a.source().vpc() + " to reach " + title(service) + ", but it sends the traffic");
        }
    }

    /** A table with no subnet sends nothing: no trace, no finding. One finding per route, from its first subnet that shows it. */
    private static void check(RuleContext ctx, Tracer tracer, Vpc vpc, RouteTable table, Route route, String service) {
        for (Subnet s : ctx.network().subnetsOf(table)) {
            IntentEnd from = new IntentEnd(IntentEnd.Kind.SUBNET, vpc.name(), s.name(), null, null, s.loc());
            Attempt a = outsideVpcStop(tracer.traceToServiceAddresses(https(from, service, route.loc())));
            if (a == null || !takes(a, route.loc())) continue;
            report(ctx, a, service, route.loc(), "route to " + route.destination() + " via " + route.target() + " sends " + title(service)
                    + " traffic from VPC " + vpc.name() + " (subnet " + s.name() + ")");
            return;
        }
    }

    private static void report(RuleContext ctx, Attempt a, String service, Loc at, String what) {
        Hop stop = a.stop();
        String t = title(service);
        String remote = stop.vpc();
        List<String> gateways = crossings(ctx.network(), a);
        ctx.reportPath(what + (gateways.isEmpty() ? "" : " through " + String.join(" and ", gateways)) + " to VPC " + remote
                + ", whose way to " + t + " is gateway endpoint " + endpointName(stop)
                + "; gateway endpoints serve only traffic from their own VPC, and an interface endpoint serves only traffic addressed"
                + " to its own private IPs. Create a gateway endpoint for " + t + " in VPC " + a.source().vpc()
                + " (same Region), or use an interface endpoint in VPC " + remote + " and send the traffic to its private IPs.",
                at, List.of(stop.loc()), FlowSteps.of(a));
    }
}
