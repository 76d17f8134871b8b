package dev.vpclint.paths;

import dev.vpclint.model.*;
import dev.vpclint.net.*;
import java.util.*;

/**
 * Forwarding loops: for every destination prefix of every table that can pass traffic on (TGW route
 * tables, on-prem sites, VPC tables with routes to a NAT gateway or GWLB endpoint), walk
 * a packet for each address range the prefixes carve out, and report the walks that come back to a
 * table they already used for the same destination. Walks share what they learn: a (table,
 * destination) decision once seen to end without a loop is not walked again.
 */
public final class Loops {
    private Loops() {
    }

    /**
     * A loop: the destination addresses it was found for (one per address range the tables carve
     * out, first found first), the walk of the first up to the table it re-entered, and the hops of
     * the cycle itself (from the first visit of that table to the hop that sends the packet back).
     */
    public record Loop(List<Cidr> destinations, Walk walk, List<Hop> cycle) {
        /** The last route of the cycle: the one that sends the packet round again. */
        public Hop closingRoute() {
            for (int k = cycle.size() - 1; k >= 0; k--) {
                String o = cycle.get(k).object();
                if (o.startsWith("rtb/") || o.startsWith("tgw-rtb/") || o.startsWith("onprem/")) return cycle.get(k);
            }
            return cycle.get(cycle.size() - 1);
        }
    }

    public static List<Loop> find(Network network) {
        List<Loop> out = new ArrayList<>();
        Set<Object> loopFree = new HashSet<>();
        Map<String, Loop> reported = new LinkedHashMap<>();
        Forwarding fwd = network.forwarding();
        Goal nowhere = new Goal(Goal.Kind.HOST, null, null, null, null, null, null, false, "the destination", null);
        for (TransitGateway tgw : network.topology().transitGateways().values()) {
            for (TgwAttachment a : network.attachmentsOf(tgw.name()).values()) {
                if (a.routeTable() == null || !firstAssociated(network, tgw, a)) continue;
                ForwardingTable table = fwd.tgwTable(tgw.name(), a.routeTable().name());
                if (table == null) continue;
                for (Cidr d : atoms(table, false)) {
                    Walker w = walker(network, nowhere, loopFree);
                    w.transit.atTgw(packet(d), Trail.START, tgw.name(), a, null);
                    collect(w, d, out, reported);
                }
            }
        }
        for (OnpremSite site : network.topology().onprem().values()) {
            ForwardingTable table = fwd.siteTable(site.name());
            for (Cidr d : atoms(table, false)) {
                Walker w = walker(network, nowhere, loopFree);
                w.transit.atSite(packet(d), Trail.START, site);
                collect(w, d, out, reported);
            }
        }
        for (Vpc v : network.topology().vpcs().values()) {
            for (Subnet s : v.subnets().values()) {
                RouteTable rt = network.routeTableOf(s);
                ForwardingTable table = rt == null ? null : fwd.vpcTable(v.name(), rt.name());
                if (table == null || !firstSubnetOf(network, rt, s)) continue;
                for (Cidr d : atoms(table, true)) {
                    Walker w = walker(network, nowhere, loopFree);
                    w.leaveSubnet(packet(d), Trail.START, v, s, false);
                    collect(w, d, out, reported);
                }
            }
        }
        out.addAll(reported.values());
        return out;
    }

    private static Walker walker(Network network, Goal goal, Set<Object> loopFree) {
        Walker w = new Walker(network, goal);
        w.transit = new TransitWalker(w);
        w.loopFree = loopFree;
        return w;
    }

    private static Packet packet(Cidr dst) {
        return new Packet(new Address.AnyPublic(dst.isIpv6()), new Address.Host(dst), Protocol.ALL, PortSet.ALL, Set.of(), true, List.of(), false);
    }

    private static void collect(Walker w, Cidr d, List<Loop> out, Map<String, Loop> reported) {
        for (Walk walk : w.paths) {
            if (walk.reason() != Reason.ROUTING_LOOP) continue;
            List<Hop> hops = walk.hops();
            Hop stop = hops.get(hops.size() - 1);
            int from = 0;
            while (!hops.get(from).object().equals(stop.object())) from++;
            List<Hop> cycle = List.copyOf(hops.subList(from, hops.size() - 1));
            // The same ring is met from every table on it and for many addresses: one loop per ring.
            TreeSet<String> ring = new TreeSet<>();
            for (Hop h : cycle) ring.add(h.object());
            Loop known = reported.get(ring.toString());
            if (known == null) reported.put(ring.toString(), new Loop(new ArrayList<>(List.of(d)), walk, cycle));
            else if (!known.destinations().contains(d)) known.destinations().add(d);
        }
    }

    /** Each TGW route table once, through the first attachment associated with it. */
    private static boolean firstAssociated(Network network, TransitGateway tgw, TgwAttachment a) {
        for (TgwAttachment other : network.attachmentsOf(tgw.name()).values()) {
            if (other.routeTable() != null && other.routeTable().name().equals(a.routeTable().name())) return other == a;
        }
        return false;
    }

    private static boolean firstSubnetOf(Network network, RouteTable rt, Subnet s) {
        List<Subnet> subnets = network.subnetsOf(rt);
        return !subnets.isEmpty() && subnets.get(0) == s;
    }

    /**
     * One address per range of destinations the table treats alike: the first address of each
     * prefix, and the address right after each more specific prefix inside it. For VPC tables only
     * the prefixes that pass traffic on to another table count (local delivery cannot loop).
     */
    private static List<Cidr> atoms(ForwardingTable table, boolean onwardOnly) {
        List<Cidr> prefixes = new ArrayList<>();
        for (FwdEntry e : table.entries()) {
            if (e.cidr() == null) continue;
            Next.Kind k = e.next().kind();
            // A ring through a transit gateway is met from the TGW's tables, and VGW traffic comes back only
            // to the VPC's own addresses: a VPC table starts a search only for rings inside its VPC.
            if (onwardOnly && k != Next.Kind.NAT && k != Next.Kind.VPCE) continue;
            // A VPC's propagated CIDR leads into that VPC, whose local route takes it: AWS lets only middlebox
            // targets (NAT gateway, GWLB endpoint, interface) take part of a VPC's own CIDR, and rings through
            // those are met from the VPC's tables above.
            if (e.origin() == Origin.PROPAGATED_VPC) continue;
            // What a site learns comes from a TGW or VGW table; a ring through the site also runs through that
            // TGW table, whose own prefixes are searched, and a VGW delivers only inside its VPC.
            if (e.origin() == Origin.LEARNED) continue;
            prefixes.add(e.cidr());
        }
        TreeSet<Cidr> out = new TreeSet<>();
        for (Cidr p : prefixes) {
            out.add(p.hostAt(0));
            for (Cidr inner : prefixes) {
                if (inner.prefixLength() > p.prefixLength() && p.contains(inner)) {
                    Cidr after = inner.halves().length == 2 ? next(inner) : null;
                    if (after != null && p.contains(after)) out.add(after);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The first address after a network, or null at the end of the address space. */
    private static Cidr next(Cidr c) {
        Cidr up = c;
        while (up.prefixLength() > 0) {
            Cidr parent = up.network(up.prefixLength() - 1);
            Cidr[] halves = parent.halves();
            if (halves[0].equals(up)) return halves[1].hostAt(0);
            up = parent;
        }
        return null;
    }
}
