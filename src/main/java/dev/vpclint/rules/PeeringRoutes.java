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
 * Written routes whose target is a peering of their own VPC, as written (VL203, VL204). Where
 * their traffic can go is the path engine's business (paths/PeeringLimits).
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
}
