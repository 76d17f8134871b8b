package dev.vpclint.rules;

import dev.vpclint.net.Network;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.Destination;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Peering;
import dev.vpclint.model.Route;
import dev.vpclint.model.RouteTable;
import dev.vpclint.model.RouteTarget;
import dev.vpclint.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * Written routes whose target is a peering of their own VPC, and where their destinations lead.
 * A peering delivers only to the peer VPC's own CIDRs: never on to the peer's peers (transitive
 * peering) nor to its gateways (edge-to-edge routing) — "Unsupported VPC peering configurations".
 */
final class PeeringRoutes {
    private PeeringRoutes() {
    }

    /** A route of `from` (in `table`) via `peering` to the `peer` VPC. */
    record Hop(Vpc from, RouteTable table, Route route, Peering peering, Vpc peer) {
        /** The CIDRs the destination stands for (a customer prefix list expanded; AWS-managed lists: none). */
        List<Cidr> destinations(Network network) {
            return network.destinationCidrs(route.destination());
        }

        /** The destination as written, naming the prefix-list entry `cidr` when it is a list. */
        String destinationText(Cidr cidr) {
            return route.destination() instanceof Destination.OfPrefixList ? route.destination() + " (entry " + cidr + ")"
                    : route.destination().toString();
        }
    }

    /** The destination needs the peer to forward to `beyond`, a VPC peered with it (`onward`). */
    record Transit(Cidr destination, Vpc beyond, LocatedCidr beyondCidr, Peering onward) {
    }

    /** Every written `pcx/` route whose peering exists, involves the route's VPC, and whose peer VPC exists. */
    static List<Hop> of(Network network) {
        return network.derived(PeeringRoutes.class, PeeringRoutes::collect);
    }

    private static List<Hop> collect(Network network) {
        List<Hop> out = new ArrayList<>();
        for (Vpc v : network.topology().vpcs().values()) {
            for (RouteTable t : v.routeTables().values()) {
                for (Route r : t.routes()) {
                    if (r.target().kind() != RouteTarget.Kind.PCX) continue;
                    Peering p = network.topology().peerings().get(r.target().name());
                    if (p == null || !p.involves(v.name())) continue;
                    Vpc peer = network.vpc(p.peerOf(v.name()));
                    if (peer != null && peer != v) out.add(new Hop(v, t, r, p, peer));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The first destination CIDR of the hop that lies outside the peer but overlaps a VPC peered
     * with the peer (neither end of the hop), or null. Default routes are never transit: they
     * expect the peer's internet or VPN edge (edge-to-edge routing). It walks the peer's own peerings (at most
     * 125 by quota) rather than {@link Network#vpcsOverlapping}: for a wide destination such as
     * 0.0.0.0/0 that index answers with every VPC in the topology.
     */
    static Transit transit(Network network, Hop hop) {
        for (Cidr d : hop.destinations(network)) {
            // A default route overlaps every VPC, but what it counts on is the peer's gateways: VL202.
            if (hop.peer().cidrContaining(d) != null || d.isDefaultRoute()) continue;
            for (Peering onward : network.peeringsOf(hop.peer().name())) {
                Vpc c = network.vpc(onward.peerOf(hop.peer().name()));
                if (c == null || c == hop.from() || c == hop.peer()) continue;
                for (LocatedCidr lc : c.allCidrs()) {
                    if (lc.cidr().overlaps(d)) return new Transit(d, c, lc, onward);
                }
            }
        }
        return null;
    }

    /** The first destination CIDR of the hop that is not inside the peer VPC, or null. */
    static Cidr outsidePeer(Network network, Hop hop) {
        for (Cidr d : hop.destinations(network)) {
            if (hop.peer().cidrContaining(d) == null) return d;
        }
        return null;
    }
}
