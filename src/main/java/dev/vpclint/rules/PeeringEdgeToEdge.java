package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags a route via a peering to addresses outside the peer VPC: only the peer's own CIDRs are
 * reachable, never its gateways ("Unsupported VPC peering configurations": edge-to-edge routing).
 * Routes VL201 reports (a VPC peered with the peer) and AWS-managed prefix lists (VL302) are left out.
 */
@RuleInfo(id = "VL202", name = "peering-edge-to-edge", severity = Severity.ERROR,
        summary = "A route via a peering to addresses outside the peer VPC: a peer never lends its gateways")
public final class PeeringEdgeToEdge implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        for (PeeringRoutes.Hop hop : PeeringRoutes.of(network)) {
            Cidr d = PeeringRoutes.outsidePeer(network, hop);
            if (d == null || PeeringRoutes.transit(network, hop) != null) continue;
            Vpc b = hop.peer();
            LocatedCidr covered = d.isDefaultRoute() ? null : coveredBy(b, d);
            String what = d.isDefaultRoute()
                    ? "sends all " + (d.isIpv4() ? "IPv4" : "IPv6") + " traffic to VPC " + b.name()
                      + ", expecting it to forward to the internet or beyond"
                    : covered != null ? "covers VPC " + b.name() + " (" + covered.cidr() + ") but also addresses outside it, which "
                      + b.name() + " would have to forward on"
                    : "is outside VPC " + b.name() + ", which would have to forward it on";
            String fix = covered != null
                    ? "Narrow the destination to " + b.name() + "'s CIDRs."
                    : "Give " + hop.from().name() + " its own path (its own internet gateway or NAT gateway, a VPN or a transit gateway).";
            ctx.report("route to " + hop.destinationText(d) + " via peering " + hop.peering().name() + " " + what
                    + "; a peering only delivers to the peer's own CIDRs and never lends its " + edges(network, b)
                    + " (edge-to-edge routing is not supported). " + fix,
                    hop.route().loc(), hop.peering().loc(), covered != null ? covered.loc() : b.loc());
        }
    }

    /** The peer CIDR the destination contains, when the destination is wider than a peer CIDR. */
    private static LocatedCidr coveredBy(Vpc peer, Cidr d) {
        for (LocatedCidr c : peer.allCidrs()) {
            if (d.contains(c.cidr())) return c;
        }
        return null;
    }

    /** What the peer has that the route may be counting on, in the words of the AWS page. */
    private static String edges(Network network, Vpc peer) {
        List<String> out = new ArrayList<>();
        if (peer.internetGateway() != null) out.add("internet gateway");
        if (!peer.natGateways().isEmpty()) out.add("NAT gateway");
        if (peer.vpnGateway() != null) out.add("virtual private gateway (VPN, Direct Connect)");
        if (!network.tgwAttachmentsOfVpc(peer.name()).isEmpty()) out.add("transit gateway attachment");
        if (out.isEmpty()) return "gateways";
        return String.join(", ", out);
    }
}
