package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.*;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** S3/DynamoDB routes via a peering or TGW to another VPC's gateway endpoint ("Gateway endpoints for Amazon S3"). */
@RuleInfo(id = "VL302", name = "gateway-endpoint-from-peer", severity = Severity.ERROR,
        summary = "A VPC sends S3 or DynamoDB traffic over a peering or transit gateway to another VPC's gateway endpoint")
public final class GatewayEndpointFromPeer implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        // Thousands of spokes share a few TGW route tables: look each (table, service) up once.
        Map<String, Optional<GatewayEndpointReach.Landing>> tgwLandings = new HashMap<>();
        for (Vpc vpc : network.topology().vpcs().values()) {
            for (RouteTable table : vpc.routeTables().values()) {
                for (Route route : table.routes()) {
                    String service = GatewayEndpointReach.serviceOf(route.destination());
                    if (service == null) continue;
                    if (route.target().kind() == RouteTarget.Kind.PCX) viaPeering(ctx, network, vpc, route, service);
                    if (route.target().kind() == RouteTarget.Kind.TGW) viaTgw(ctx, network, vpc, route, service, tgwLandings);
                }
            }
        }
    }

    private static void viaPeering(RuleContext ctx, Network network, Vpc vpc, Route route, String service) {
        Peering p = network.topology().peerings().get(route.target().name());
        Vpc peer = p == null ? null : network.vpc(p.peerOf(vpc.name()));
        if (peer == null || peer.name().equals(vpc.name())) return;
        Endpoint gateway = GatewayEndpointReach.gatewayOnly(peer, service);
        if (gateway == null) return;
        ctx.report(message(vpc, route, service, "peering " + p.name(), peer, gateway), route.loc(), p.loc(), gateway.loc());
    }

    private static void viaTgw(RuleContext ctx, Network network, Vpc vpc, Route route, String service,
                               Map<String, Optional<GatewayEndpointReach.Landing>> tgwLandings) {
        TgwAttachment att = network.attachmentOf(vpc.name(), route.target().name());
        if (att == null || att.routeTable() == null) return;
        String key = att.transitGateway() + "\u0000" + att.routeTable().name() + "\u0000" + service;
        GatewayEndpointReach.Landing l = tgwLandings.computeIfAbsent(key, k -> Optional.ofNullable(
                GatewayEndpointReach.throughTgw(network, att.transitGateway(), att.routeTable().name(), service))).orElse(null);
        if (l == null || !l.deadEnd() || l.vpc().name().equals(vpc.name())) return;
        ctx.report(message(vpc, route, service, l.via(), l.vpc(), l.gatewayEndpoint()), route.loc(), att.loc(), l.viaLoc(),
                l.gatewayEndpoint().loc());
    }

    private static String message(Vpc vpc, Route route, String service, String via, Vpc remote, Endpoint gateway) {
        String t = GatewayEndpointReach.title(service);
        return "route to " + route.destination() + " via " + route.target() + " sends " + t + " traffic from VPC "
                + vpc.name() + " through " + via + " to VPC " + remote.name() + ", whose only way to " + t + " is gateway endpoint "
                + gateway.name() + "; gateway endpoints serve only traffic from their own VPC. Create a gateway endpoint for "
                + t + " in VPC " + vpc.name() + " (same Region), or use an interface endpoint in VPC " + remote.name()
                + " and send the traffic to its private IPs.";
    }
}
