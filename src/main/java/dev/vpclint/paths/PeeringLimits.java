package dev.vpclint.paths;

import dev.vpclint.model.*;
import dev.vpclint.net.ForwardingTable;
import dev.vpclint.net.FwdEntry;
import dev.vpclint.net.Network;
import dev.vpclint.net.Next;
import java.util.ArrayList;
import java.util.List;

/**
 * What a peering will not carry, exhaustively over a route's destination: a peering delivers only
 * to the peer VPC's own CIDRs, never on to the peer's peers (transitive peering) nor to anything
 * behind the peer's gateways (edge-to-edge routing), "How VPC peering connections work". The route
 * carries only the part of its destination that no more specific entry of its table takes.
 */
public final class PeeringLimits {
    private PeeringLimits() {
    }

    /** A part of a route's destination outside the peer: `beyond` is the VPC peered with the peer it lies in (transitive), null for edge-to-edge. */
    public record Outside(Cidr cidr, Vpc beyond, LocatedCidr beyondCidr, Peering onward) {
        public Reason reason() {
            return beyond != null ? Reason.PCX_REQUIRES_ADDRESS_IN_VPC_CIDR : Reason.PCX_EDGE_TO_EDGE;
        }
    }

    /** A peering route entry of a VPC table with the parts of its destination the peer cannot deliver. */
    public record Check(Vpc from, RouteTable table, FwdEntry entry, Peering peering, Vpc peer, List<Outside> outside) {
    }

    /** Every `pcx/` entry of every route table whose peering involves the table's VPC, with what lies outside the peer. */
    public static List<Check> all(Network network) {
        return network.derived(PeeringLimits.class, PeeringLimits::collect);
    }

    private static List<Check> collect(Network network) {
        List<Check> out = new ArrayList<>();
        for (Vpc v : network.topology().vpcs().values()) {
            for (RouteTable rt : v.routeTables().values()) {
                ForwardingTable table = network.forwarding().vpcTable(v.name(), rt.name());
                for (FwdEntry e : table.entries()) {
                    if (e.next().kind() != Next.Kind.PCX || e.cidr() == null) continue;
                    Peering p = network.topology().peerings().get(e.next().name());
                    Vpc peer = p == null || !p.involves(v.name()) ? null : network.vpc(p.peerOf(v.name()));
                    if (peer == null || peer == v) continue;
                    out.add(new Check(v, rt, e, p, peer, outside(network, table, e, v, peer)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<Outside> outside(Network network, ForwardingTable table, FwdEntry e, Vpc from, Vpc peer) {
        Cidr d = e.cidr();
        List<Cidr> cuts = new ArrayList<>();
        for (FwdEntry other : table.entries()) {
            if (other == e || other.cidr() == null || !d.contains(other.cidr())) continue;
            boolean moreSpecific = other.cidr().prefixLength() > d.prefixLength();
            boolean preferred = other.cidr().equals(d) && other.origin().rank < e.origin().rank;
            if (moreSpecific || preferred) cuts.add(other.cidr());
        }
        for (LocatedCidr c : peer.allCidrs()) cuts.add(c.cidr());
        List<Outside> out = new ArrayList<>();
        // A default route counts on the peer's gateways whatever else lies beyond: edge-to-edge, never transit.
        boolean edgeOnly = d.isDefaultRoute();
        for (Cidr piece : CidrRanges.minus(d, cuts)) out.add(classify(network, from, peer, piece, edgeOnly));
        return out;
    }

    /** Whether `piece` (outside the peer) lies in a VPC peered with the peer (transitive) or elsewhere (edge-to-edge). */
    static Outside classify(Network network, Vpc from, Vpc peer, Cidr piece, boolean edgeOnly) {
        if (!edgeOnly) {
            for (Peering onward : network.peeringsOf(peer.name())) {
                Vpc c = network.vpc(onward.peerOf(peer.name()));
                if (c == null || c == from || c == peer) continue;
                for (LocatedCidr lc : c.allCidrs()) {
                    if (lc.cidr().overlaps(piece)) return new Outside(piece, c, lc, onward);
                }
            }
        }
        return new Outside(piece, null, null, null);
    }
}
