package dev.vpclint.net;

import dev.vpclint.model.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the effective forwarding table of every VPC route table, TGW route table and on-prem
 * site, on first use and once: the written routes plus what AWS adds implicitly (local routes,
 * gateway-endpoint prefix-list routes, VGW route propagation, TGW propagations, what a site learns
 * over BGP). This is the only place that decides which entries a table holds.
 */
public final class Forwarding {
    private final Network network;
    private final Map<String, ForwardingTable> tables = new HashMap<>();
    /** Subnet objects to their table: the hot path of every walk, without building a key. */
    private final Map<Subnet, ForwardingTable> bySubnet = new java.util.IdentityHashMap<>();

    Forwarding(Network network) {
        this.network = network;
    }

    /** A VPC route table's table, or null when the table does not exist. */
    public synchronized ForwardingTable vpcTable(String vpc, String table) {
        String id = "rtb/" + vpc + "/" + table;
        ForwardingTable t = tables.get(id);
        if (t == null) {
            Vpc v = network.vpc(vpc);
            RouteTable rt = v == null ? null : v.routeTables().get(table);
            if (rt == null) return null;
            t = new ForwardingTable(id, vpcEntries(v, rt));
            tables.put(id, t);
        }
        return t;
    }

    /** The table of the route table a subnet uses, or null when it does not exist. */
    public synchronized ForwardingTable ofSubnet(Subnet s) {
        ForwardingTable t = bySubnet.get(s);
        if (t == null && !bySubnet.containsKey(s)) {
            RouteTable rt = network.routeTableOf(s);
            t = rt == null ? null : vpcTable(s.vpc(), rt.name());
            bySubnet.put(s, t);
        }
        return t;
    }

    /** A TGW route table's table, or null when it does not exist. */
    public synchronized ForwardingTable tgwTable(String tgw, String table) {
        String id = "tgw-rtb/" + tgw + "/" + table;
        ForwardingTable t = tables.get(id);
        if (t == null) {
            TransitGateway g = network.topology().transitGateways().get(tgw);
            TgwRouteTable rt = g == null ? null : g.routeTables().get(table);
            if (rt == null) return null;
            t = new ForwardingTable(id, tgwEntries(rt));
            tables.put(id, t);
        }
        return t;
    }

    /** What an on-prem site sends where: its written routes, else what it learns over its connections. */
    public synchronized ForwardingTable siteTable(String site) {
        String id = "onprem/" + site;
        ForwardingTable t = tables.get(id);
        if (t == null) {
            OnpremSite s = network.topology().onprem().get(site);
            if (s == null) return null;
            t = new ForwardingTable(id, s.routesWritten() ? writtenSiteEntries(s) : learnedSiteEntries(s));
            tables.put(id, t);
        }
        return t;
    }

    private List<FwdEntry> vpcEntries(Vpc v, RouteTable rt) {
        List<FwdEntry> out = new ArrayList<>();
        for (LocatedCidr c : v.allCidrs()) {
            // A written route for exactly this CIDR to a middlebox replaces the local route's target.
            boolean replaced = rt.routes().stream().anyMatch(r -> c.cidr().equals(r.destination().cidrOrNull())
                    && AwsFacts.MIDDLEBOX_TARGETS.contains(r.target().kind()));
            if (!replaced) out.add(new FwdEntry(c.cidr(), null, new Next(Next.Kind.LOCAL, null), Origin.LOCAL, c.loc(), c.cidr().toString()));
        }
        for (Route r : rt.routes()) {
            addDestination(out, r.destination(), vpcNext(r.target()), Origin.STATIC, r.loc());
        }
        for (Endpoint e : v.endpoints().values()) {
            if (e.type() != EndpointType.GATEWAY || !(e.service() instanceof ServiceRef.Aws aws)) continue;
            String list = AwsFacts.managedPrefixList(aws.name());
            if (list == null) continue;
            for (Ref t : e.routeTables()) {
                if (t.name().equals(rt.name())) {
                    out.add(new FwdEntry(null, list, new Next(Next.Kind.GATEWAY_ENDPOINT, e.name()), Origin.GATEWAY_ENDPOINT, e.loc(), "pl/" + list));
                }
            }
        }
        if (rt.propagateVpnRoutes() && v.vpnGateway() != null) {
            for (OnpremSite site : network.sitesBehindVgw(v.name())) {
                for (LocatedCidr c : site.cidrs()) {
                    out.add(new FwdEntry(c.cidr(), null, new Next(Next.Kind.VGW, null), Origin.PROPAGATED_VPN, rt.loc(), c.cidr().toString()));
                }
            }
        }
        return out;
    }

    private static Next vpcNext(RouteTarget t) {
        return new Next(switch (t.kind()) {
            case LOCAL -> Next.Kind.LOCAL;
            case IGW -> Next.Kind.IGW;
            case EIGW -> Next.Kind.EIGW;
            case VGW -> Next.Kind.VGW;
            case BLACKHOLE -> Next.Kind.BLACKHOLE;
            case NAT -> Next.Kind.NAT;
            case PCX -> Next.Kind.PCX;
            case TGW -> Next.Kind.TGW;
            case VPCE -> Next.Kind.VPCE;
            case ENI -> Next.Kind.ENI;
        }, t.name());
    }

    private List<FwdEntry> tgwEntries(TgwRouteTable rt) {
        List<FwdEntry> out = new ArrayList<>();
        for (TgwRoute r : rt.routes()) {
            Next next = r.isBlackhole() ? new Next(Next.Kind.BLACKHOLE, null) : new Next(Next.Kind.ATTACHMENT, r.target());
            addDestination(out, r.destination(), next, Origin.STATIC, r.loc());
        }
        Map<String, TgwAttachment> attachments = network.attachmentsOf(rt.transitGateway());
        for (Ref p : rt.propagations()) {
            TgwAttachment a = attachments.get(p.name());
            if (a == null) continue;
            Next next = new Next(Next.Kind.ATTACHMENT, a.name());
            switch (a.kind()) {
                case VPC -> {
                    Vpc v = a.vpc() == null ? null : network.vpc(a.vpc().name());
                    if (v != null) for (LocatedCidr c : v.allCidrs()) out.add(new FwdEntry(c.cidr(), null, next, Origin.PROPAGATED_VPC, p.loc(), c.cidr().toString()));
                }
                case VPN -> {
                    for (OnpremSite s : network.sitesOfConnection(a.name())) {
                        for (LocatedCidr c : s.cidrs()) out.add(new FwdEntry(c.cidr(), null, next, Origin.PROPAGATED_VPN, p.loc(), c.cidr().toString()));
                    }
                }
                case DIRECT_CONNECT -> {
                    for (OnpremSite s : network.sitesBehindDxGateway(a.name())) {
                        for (LocatedCidr c : s.cidrs()) out.add(new FwdEntry(c.cidr(), null, next, Origin.PROPAGATED_DX, p.loc(), c.cidr().toString()));
                    }
                }
                // TGW peering attachments support static routes only ("Transit gateway peering attachments").
                case PEERING -> { }
            }
        }
        return out;
    }

    private List<FwdEntry> writtenSiteEntries(OnpremSite s) {
        List<FwdEntry> out = new ArrayList<>();
        for (OnpremRoute r : s.routes()) {
            if (r.connection() == null) continue;
            addDestination(out, r.destination(), new Next(Next.Kind.CONNECTION, r.connection().name()), Origin.STATIC, r.loc());
        }
        return out;
    }

    /** BGP: each connection advertises to the site what its AWS side can reach ("What is AWS Direct Connect gateway", allowed prefixes). */
    private List<FwdEntry> learnedSiteEntries(OnpremSite s) {
        List<FwdEntry> out = new ArrayList<>();
        for (Connection c : s.connections().values()) {
            Next next = new Next(Next.Kind.CONNECTION, c.name());
            if (c.vpc() != null) {
                Vpc v = network.vpc(c.vpc().name());
                if (v != null) for (LocatedCidr lc : v.allCidrs()) out.add(new FwdEntry(lc.cidr(), null, next, Origin.LEARNED, c.loc(), lc.cidr().toString()));
            } else if (c.transitGateway() != null) {
                TgwAttachment a = network.attachmentsOf(c.transitGateway().name()).get(c.name());
                ForwardingTable t = a == null || a.routeTable() == null ? null : tgwTable(a.transitGateway(), a.routeTable().name());
                if (t == null) continue;
                for (FwdEntry e : t.entries()) {
                    boolean own = e.next().kind() == Next.Kind.ATTACHMENT && e.next().name().equals(c.name());
                    if (e.cidr() != null && e.next().kind() != Next.Kind.BLACKHOLE && !own) {
                        out.add(new FwdEntry(e.cidr(), null, next, Origin.LEARNED, c.loc(), e.cidr().toString()));
                    }
                }
            } else if (c.directConnectGateway() != null) {
                DxGateway dx = network.topology().directConnectGateways().get(c.directConnectGateway().name());
                if (dx == null) continue;
                for (DxAssociation a : dx.associations()) {
                    if (a.vpc() != null) {
                        Vpc v = network.vpc(a.vpc().name());
                        if (v != null) for (LocatedCidr lc : v.allCidrs()) out.add(new FwdEntry(lc.cidr(), null, next, Origin.LEARNED, c.loc(), lc.cidr().toString()));
                    } else {
                        for (LocatedCidr lc : a.allowedPrefixes()) out.add(new FwdEntry(lc.cidr(), null, next, Origin.LEARNED, c.loc(), lc.cidr().toString()));
                    }
                }
            }
        }
        return out;
    }

    /** A CIDR, a customer prefix list's entries, or an AWS-managed list as a service entry. */
    private void addDestination(List<FwdEntry> out, Destination d, Next next, Origin origin, Loc loc) {
        if (d instanceof Destination.OfCidr c) {
            out.add(new FwdEntry(c.cidr(), null, next, origin, loc, c.cidr().toString()));
            return;
        }
        Destination.OfPrefixList pl = (Destination.OfPrefixList) d;
        if (pl.isAwsManaged()) {
            out.add(new FwdEntry(null, pl.name(), next, origin, loc, pl.toString()));
            return;
        }
        Origin listOrigin = origin == Origin.STATIC ? Origin.PREFIX_LIST : origin;
        for (Cidr c : network.prefixListCidrs(pl.name())) out.add(new FwdEntry(c, null, next, listOrigin, loc, pl.toString()));
    }
}
