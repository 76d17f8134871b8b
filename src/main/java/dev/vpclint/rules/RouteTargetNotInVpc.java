package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.*;
import java.util.HashMap;
import java.util.Map;

/**
 * Flags a route target that cannot serve the route table's VPC: another VPC's peering, NAT gateway,
 * network interface or endpoint, a non-GWLB endpoint, a missing gateway, an unattached transit
 * gateway, or an egress-only internet gateway for IPv4 ("Route table concepts"; CreateRoute in the EC2 API Reference).
 */
@RuleInfo(id = "VL206", name = "route-target-not-in-vpc", severity = Severity.ERROR,
        summary = "A route target that cannot serve this route table's VPC")
public final class RouteTargetNotInVpc implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        Topology topology = network.topology();
        // Name -> the first VPC that has it, built once: a route naming another VPC's object is looked up, not scanned for.
        Map<String, Owned> natOwner = new HashMap<>();
        Map<String, Owned> eniOwner = new HashMap<>();
        Map<String, Owned> endpointOwner = new HashMap<>();
        for (Vpc v : topology.vpcs().values()) {
            v.natGateways().values().forEach(n -> natOwner.putIfAbsent(n.name(), new Owned(v, n.loc())));
            v.networkInterfaces().values().forEach(n -> eniOwner.putIfAbsent(n.name(), new Owned(v, n.loc())));
            v.endpoints().values().forEach(e -> endpointOwner.putIfAbsent(e.name(), new Owned(v, e.loc())));
        }
        for (Vpc v : topology.vpcs().values()) {
            for (RouteTable t : v.routeTables().values()) {
                for (Route r : t.routes()) {
                    RouteTarget target = r.target();
                    String where = "route to " + r.destination() + " in VPC " + v.name() + " targets " + target;
                    switch (target.kind()) {
                        case PCX -> {
                            Peering p = topology.peerings().get(target.name());
                            if (p != null && !p.involves(v.name())) {
                                ctx.report(where + ", a peering between " + p.requester().name() + " and " + p.accepter().name()
                                        + " that does not include " + v.name() + "; a route table can only use its own VPC's peerings."
                                        + " Peer " + v.name() + " with the VPC it wants to reach and route via that peering.",
                                        r.loc(), p.loc());
                            }
                        }
                        case NAT -> foreign(ctx, v, r, where, "NAT gateway", v.natGateways(), natOwner);
                        case ENI -> foreign(ctx, v, r, where, "network interface", v.networkInterfaces(), eniOwner);
                        case VPCE -> {
                            Endpoint e = v.endpoints().get(target.name());
                            if (e == null) {
                                foreign(ctx, v, r, where, "endpoint", v.endpoints(), endpointOwner);
                            } else if (e.type() != EndpointType.GATEWAY_LOAD_BALANCER) {
                                ctx.report(where + ", " + withArticle(e.type().word + " endpoint") + "; only Gateway Load Balancer endpoints can be"
                                        + " route targets" + (e.type() == EndpointType.GATEWAY
                                        ? " (a gateway endpoint adds its own prefix-list route to the route tables it is associated with)."
                                        : ".") + " Route to a gateway_load_balancer endpoint, or remove the route.",
                                        r.loc(), e.typeLoc());
                            }
                        }
                        case IGW -> missing(ctx, v, r, where, v.internetGateway(), "an internet gateway", "internet_gateway");
                        case VGW -> missing(ctx, v, r, where, v.vpnGateway(), "a virtual private gateway", "vpn_gateway");
                        case EIGW -> {
                            if (missing(ctx, v, r, where, v.egressOnlyInternetGateway(), "an egress-only internet gateway",
                                    "egress_only_internet_gateway")) break;
                            if (isIpv4(network, r.destination())) {
                                ctx.report(where + " with an IPv4 destination; an egress-only internet gateway carries IPv6 traffic only."
                                        + " Route IPv4 internet traffic to a NAT gateway instead.", r.loc(), v.egressOnlyInternetGateway().loc());
                            }
                        }
                        case TGW -> {
                            TransitGateway tgw = topology.transitGateways().get(target.name());
                            if (tgw != null && network.attachmentOf(v.name(), tgw.name()) == null) {
                                ctx.report(where + ", but " + v.name() + " has no attachment to transit gateway " + tgw.name()
                                        + "; a VPC can only route to a transit gateway it is attached to. Add a VPC attachment of "
                                        + v.name() + " under transit_gateways." + tgw.name() + ".attachments.", r.loc(), tgw.loc());
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        }
    }

    /** An object of some VPC, and where it is written. */
    private record Owned(Vpc vpc, Loc loc) {
    }

    /** The target names an object only another VPC has (one that exists nowhere is VL005). */
    private static void foreign(RuleContext ctx, Vpc v, Route r, String where, String what, Map<String, ?> own,
                                Map<String, Owned> owners) {
        Owned owned = owners.get(r.target().name());
        if (own.containsKey(r.target().name()) || owned == null) return;
        String owner = owned.vpc().name();
        ctx.report(where + ", " + withArticle(what) + " of VPC " + owner + "; a route can only target " + withArticle(what) + " in its own VPC ("
                + v.name() + "). Create one in " + v.name() + ", or reach " + owner + " through a peering or transit gateway.",
                r.loc(), owned.loc());
    }

    /** Reports a `igw`/`vgw`/`eigw` target of a VPC without that gateway; true when it did. */
    private static boolean missing(RuleContext ctx, Vpc v, Route r, String where, Gateway gateway, String what, String field) {
        if (gateway != null) return false;
        ctx.report(where + ", but VPC " + v.name() + " has no " + what.substring(what.indexOf(' ') + 1) + " attached. Add `" + field
                + "` to " + v.name() + ", or route elsewhere.", r.loc(), v.loc());
        return true;
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static boolean isIpv4(Network network, Destination d) {
        if (d instanceof Destination.OfPrefixList pl && pl.isAwsManaged()) return false;
        for (Cidr c : network.destinationCidrs(d)) {
            if (c.isIpv4()) return true;
        }
        return false;
    }
}
