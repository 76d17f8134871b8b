package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Vpc;
import dev.vpclint.net.Network;
import dev.vpclint.paths.PeeringLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags a route via a peering that sends addresses outside the peer VPC and outside the peer's
 * peers: only the peer's own CIDRs are reachable, never its gateways ("How VPC peering connections
 * work": edge-to-edge routing). The path engine works out the parts of the destination the route
 * really carries and the peer cannot deliver ({@link PeeringLimits}); routes VL201 reports are left out.
 */
@RuleInfo(id = "VL202", name = "peering-edge-to-edge", severity = Severity.ERROR,
        summary = "A route via a peering to addresses outside the peer VPC: a peer never lends its gateways")
public final class PeeringEdgeToEdge implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        for (PeeringLimits.Check c : PeeringLimits.all(network)) {
            if (c.outside().isEmpty() || c.outside().stream().anyMatch(o -> o.beyond() != null)) continue;
            PeeringLimits.Outside first = c.outside().get(0);
            Cidr d = c.entry().cidr();
            Vpc b = c.peer();
            LocatedCidr covered = d.isDefaultRoute() ? null : coveredBy(b, d);
            String what = d.isDefaultRoute()
                    ? "sends all " + (d.isIpv4() ? "IPv4" : "IPv6") + " traffic to VPC " + b.name()
                      + ", expecting it to forward to the internet or beyond"
                    : covered != null ? "covers VPC " + b.name() + " (" + covered.cidr() + ") but also addresses outside it (" + first.cidr()
                      + (c.outside().size() > 1 ? " and " + (c.outside().size() - 1) + " more" : "") + "), which " + b.name() + " would have to forward on"
                    : "is outside VPC " + b.name() + ", which would have to forward it on";
            String fix = covered != null
                    ? "Narrow the destination to " + b.name() + "'s CIDRs."
                    : "Give " + c.from().name() + " its own path (its own internet gateway or NAT gateway, a VPN or a transit gateway).";
            ctx.reportPath("route to " + PeeringFindings.destination(c) + " via peering " + c.peering().name() + " " + what
                    + "; a peering only delivers to the peer's own CIDRs and never lends its " + edges(network, b)
                    + " (edge-to-edge routing is not supported). " + fix,
                    c.entry().loc(), List.of(c.peering().loc(), covered != null ? covered.loc() : b.loc()), PeeringFindings.flow(c, first));
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
