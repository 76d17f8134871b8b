package dev.vpclint.paths;

import dev.vpclint.model.*;
import dev.vpclint.net.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Forwarding outside VPC route tables: transit gateways (association, route table, AZ of the
 * attachment subnets, peering), virtual private gateways, Direct Connect gateways (allowed
 * prefixes; no routing between associations), on-prem sites and the internet's way in.
 */
final class TransitWalker {
    private final Walker w;
    private final Network network;

    TransitWalker(Walker w) {
        this.w = w;
        this.network = w.network;
    }

    /** A VPC route to `tgw/NAME`: only subnets in an AZ where the attachment has a subnet reach the TGW ("How AWS Transit Gateway works"). */
    void fromVpc(Packet p, Trail t, Vpc vpc, Subnet from, boolean aclOut, String tgw) {
        TgwAttachment att = network.attachmentOf(vpc.name(), tgw);
        if (att == null) {
            w.stop(t, "tgw/" + tgw, vpc.name(), "VPC " + vpc.name() + " has no attachment to transit gateway " + tgw, vpc.loc(), Reason.NO_ROUTE_TO_DESTINATION, p);
            return;
        }
        List<Subnet> attachSubnets = subnets(vpc, att);
        String attId = "tgw-attachment/" + tgw + "/" + att.name();
        if (attachSubnets.stream().noneMatch(s -> s.az().equals(from.az()))) {
            w.stop(t, attId, vpc.name(), "attachment " + att.name() + " has no subnet in " + from.az() + ", where subnet " + from.name()
                    + " is, so its traffic cannot reach transit gateway " + tgw, att.loc(), Reason.TGW_ROUTE_AZ_RESTRICTION, p);
            return;
        }
        Packet q = aclOut && !attachSubnets.contains(from) ? w.acl(p, t, vpc, from, false) : p;
        if (q == null) return;
        boolean groups = q.srcGroups() != null && !q.srcGroups().isEmpty();
        Trail next = t.then(new Hop(attId, vpc.name(), "enters transit gateway " + tgw + " through attachment " + att.name() + " in " + from.az()
                + (groups ? "; whether security-group references cross it depends on the TGW's referencing support, which the topology does not state" : ""),
                att.loc(), null), null);
        atTgw(groups ? q.withGroups(null) : q, next, tgw, att, from.az());
    }

    void atTgw(Packet p, Trail t, String tgw, TgwAttachment in, String az) {
        String attId = "tgw-attachment/" + tgw + "/" + in.name();
        if (in.routeTable() == null) {
            w.stop(t, attId, null, "attachment " + in.name() + " is associated with no route table of transit gateway " + tgw, in.loc(),
                    Reason.TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION, p);
            return;
        }
        ForwardingTable table = w.forwarding.tgwTable(tgw, in.routeTable().name());
        if (table == null) {
            w.stop(t, attId, null, "route table " + in.routeTable().name() + " of transit gateway " + tgw + " does not exist", in.loc(), Reason.UNKNOWN, p);
            return;
        }
        // The AZ is part of the decision: the TGW keeps traffic in the AZ it comes from, so the same table and
        // destination from another AZ can lead into another subnet of the next VPC (not a loop).
        Trail.Key key = new Trail.Key(table.id(), az, p.dst());
        if (w.knownLoopFree(key)) return;
        TgwRouteTable rt = network.topology().transitGateways().get(tgw).routeTables().get(in.routeTable().name());
        if (t.visited(key)) {
            w.stop(t, table.id(), null, "forwarding to " + p.dst() + " comes back to TGW route table " + rt.name(), rt.loc(), Reason.ROUTING_LOOP, p);
            return;
        }
        List<FwdEntry> entries = table.lookup(p.dst());
        if (entries.isEmpty()) {
            w.stop(t, table.id(), null, "TGW route table " + rt.name() + " has no route to " + p.dst(), rt.loc(), Reason.TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT, p);
            return;
        }
        for (FwdEntry e : entries) {
            if (w.full()) return;
            if (e.next().kind() == Next.Kind.BLACKHOLE) {
                w.stop(t, table.id(), null, "TGW route table " + rt.name() + ": the route to " + e.destinationText() + " is a blackhole", e.loc(),
                        Reason.TGW_RTB_BAD_STATE_ROUTE, p);
                continue;
            }
            Trail at = t.then(new Hop(table.id(), null, "route " + e, e.loc(), null), key);
            TgwAttachment out = network.attachmentsOf(tgw).get(e.next().name());
            if (out == null) {
                w.stop(at, table.id(), null, "attachment " + e.next().name() + " does not exist", e.loc(), Reason.UNKNOWN, p);
                continue;
            }
            leaveTgw(p, at, tgw, out, az);
        }
    }

    private void leaveTgw(Packet p, Trail t, String tgw, TgwAttachment out, String az) {
        String attId = "tgw-attachment/" + tgw + "/" + out.name();
        switch (out.kind()) {
            case VPC -> intoVpc(p, t, tgw, out, az);
            case VPN -> {
                Connection c = network.connection(out.name());
                OnpremSite site = c == null ? null : network.topology().onprem().get(c.site());
                if (site == null) {
                    w.stop(t, attId, null, "VPN attachment " + out.name() + " has no site", out.loc(), Reason.UNKNOWN, p);
                    return;
                }
                atSite(p, t.then(new Hop("connection/" + c.name(), null, "VPN connection " + c.name() + " to site " + site.name(), c.loc(), null), null), site);
            }
            case DIRECT_CONNECT -> {
                List<OnpremSite> sites = sitesHolding(network.sitesBehindDxGateway(out.name()), p.dst());
                if (sites.isEmpty()) {
                    w.stop(t, "dxgw/" + out.name(), null, "no site behind Direct Connect gateway " + out.name() + " holds " + p.dst(), out.loc(),
                            Reason.NO_ROUTE_TO_DESTINATION, p);
                    return;
                }
                for (OnpremSite s : sites) {
                    Trail next = t.then(new Hop("dxgw/" + out.name(), null, "Direct Connect gateway " + out.name() + " to site " + s.name(), out.loc(), null), null);
                    atSite(p, next, s);
                }
            }
            case PEERING -> {
                String other = out.peering() == null ? null : out.peering().name();
                TgwAttachment back = other == null ? null : network.attachmentsOf(other).values().stream()
                        .filter(a -> a.kind() == TgwAttachment.Kind.PEERING && a.peering() != null && a.peering().name().equals(tgw))
                        .findFirst().orElse(null);
                if (back == null) {
                    w.stop(t, attId, null, "transit gateway " + other + " has no peering attachment back to " + tgw, out.loc(), Reason.UNKNOWN, p);
                    return;
                }
                atTgw(p, t.then(new Hop("tgw-attachment/" + other + "/" + back.name(), null, "crosses the peering to transit gateway " + other,
                        back.loc(), null), null), other, back, null);
            }
        }
    }

    /** Traffic from a TGW enters the VPC in the attachment subnet of its AZ (another AZ when it has none there); that subnet's route table routes it. */
    private void intoVpc(Packet p, Trail t, String tgw, TgwAttachment out, String az) {
        Vpc vpc = out.vpc() == null ? null : network.vpc(out.vpc().name());
        List<Subnet> subnets = vpc == null ? List.of() : subnets(vpc, out);
        if (subnets.isEmpty()) {
            w.stop(t, "tgw-attachment/" + tgw + "/" + out.name(), null, "attachment " + out.name() + " has no usable subnet", out.loc(), Reason.UNKNOWN, p);
            return;
        }
        Subnet s = subnets.stream().filter(x -> x.az().equals(az)).findFirst().orElse(subnets.get(0));
        Trail next = t.then(new Hop("tgw-attachment/" + tgw + "/" + out.name(), vpc.name(), "leaves transit gateway " + tgw + " into VPC " + vpc.name()
                + " through subnet " + s.name() + " (" + s.az() + ")", out.loc(), null), null);
        w.leaveSubnet(p, next, vpc, s, false);
    }

    /** A VPC route to `vgw`: the VGW forwards only to prefixes its sites advertise, and never IPv6 ("Site-to-Site VPN route priority"). */
    void fromVgw(Packet p, Trail t, Vpc vpc, Subnet from, boolean aclOut) {
        String id = "vgw/" + vpc.name();
        if (vpc.vpnGateway() == null) {
            w.stop(t, id, vpc.name(), "VPC " + vpc.name() + " has no virtual private gateway", vpc.loc(), Reason.NO_ROUTE_TO_DESTINATION, p);
            return;
        }
        if (p.dst().ipv6()) {
            w.stop(t, id, vpc.name(), "virtual private gateways carry no IPv6 traffic", vpc.vpnGateway().loc(), Reason.IPV6_NOT_SUPPORTED, p);
            return;
        }
        Packet q = aclOut ? w.acl(p, t, vpc, from, false) : p;
        if (q == null) return;
        Trail at = t.then(new Hop(id, vpc.name(), "leaves through virtual private gateway " + vpc.vpnGateway().name(), vpc.vpnGateway().loc(), null), null);
        boolean any = false;
        for (OnpremSite s : sitesHolding(network.sitesBehindVgw(vpc.name()), q.dst())) {
            // A VGW prefers Direct Connect to VPN for the same prefix ("Route tables and AWS Site-to-Site VPN route priority").
            List<Connection> byPreference = new ArrayList<>(s.connections().values());
            byPreference.sort((x, y) -> Boolean.compare(x.type() != Connection.Type.DIRECT_CONNECT, y.type() != Connection.Type.DIRECT_CONNECT));
            for (Connection c : byPreference) {
                boolean vpn = c.vpc() != null && c.vpc().name().equals(vpc.name());
                boolean dx = c.directConnectGateway() != null
                        && network.dxGatewaysOfVpc(vpc.name()).stream().anyMatch(d -> d.name().equals(c.directConnectGateway().name()));
                if (!vpn && !dx) continue;
                any = true;
                String via = vpn ? "VPN connection " + c.name() : "Direct Connect connection " + c.name() + " (DX gateway " + c.directConnectGateway().name() + ")";
                atSite(q, at.then(new Hop("connection/" + c.name(), null, via + " to site " + s.name(), c.loc(), null), null), s);
            }
        }
        if (any) return;
        Cidr dst = q.dst() instanceof Address.Host h ? h.host() : null;
        Vpc other = dst == null ? null : network.dxGatewaysOfVpc(vpc.name()).stream().flatMap(d -> d.associations().stream())
                .filter(a -> a.vpc() != null && !a.vpc().name().equals(vpc.name())).map(a -> network.vpc(a.vpc().name()))
                .filter(v -> v != null && v.cidrContaining(dst) != null).findFirst().orElse(null);
        if (other != null) {
            w.stop(at, id, vpc.name(), "VPC " + other.name() + " hangs off the same Direct Connect gateway, which does not route between its associations",
                    vpc.vpnGateway().loc(), Reason.DXGW_VPC_TO_VPC, q);
        } else {
            w.stop(at, id, vpc.name(), "no on-prem site behind virtual private gateway " + vpc.vpnGateway().name() + " advertises " + q.dst(),
                    vpc.vpnGateway().loc(), Reason.NO_ROUTE_TO_DESTINATION, q);
        }
    }

    /** At an on-prem site: delivered when the destination is its own, else the site's routes (written, or learned over BGP) send it on. */
    void atSite(Packet p, Trail t, OnpremSite site) {
        String id = "onprem/" + site.name();
        Cidr dst = p.dst() instanceof Address.Host h ? h.host() : null;
        if (dst != null && site.cidrs().stream().anyMatch(c -> c.cidr().contains(dst))) {
            if (w.goal.kind() == Goal.Kind.SITE && site.name().equals(w.goal.site())) {
                w.deliver(t, new Hop(id, null, "delivered at on-prem site " + site.name(), site.loc(), null), ReturnStart.Kind.SITE, null, null,
                        site.name(), null, p);
            } else {
                w.stop(t, id, null, "arrives at site " + site.name() + ", which is not where " + w.goal.object() + " is", site.loc(), Reason.NO_POSSIBLE_DESTINATION, p);
            }
            return;
        }
        Trail.Key key = new Trail.Key(id, null, p.dst());
        if (w.knownLoopFree(key)) return;
        if (t.visited(key)) {
            w.stop(t, id, null, "forwarding to " + p.dst() + " comes back to site " + site.name(), site.loc(), Reason.ROUTING_LOOP, p);
            return;
        }
        ForwardingTable table = w.forwarding.siteTable(site.name());
        List<FwdEntry> entries = table.lookup(p.dst());
        if (entries.isEmpty()) {
            w.stop(t, id, null, "site " + site.name() + " has no route to " + p.dst() + (site.routesWritten() ? " in its routes"
                    : " among the prefixes its connections advertise to it"), site.loc(), Reason.NO_ROUTE_TO_DESTINATION, p);
            return;
        }
        for (FwdEntry e : entries) {
            if (w.full()) return;
            viaConnection(p, t.then(new Hop(id, null, "site " + site.name() + ": route " + e, e.loc(), null), key), e.next().name());
        }
    }

    private void viaConnection(Packet p, Trail t, String name) {
        Connection c = network.connection(name);
        if (c == null) {
            w.stop(t, "connection/" + name, null, "connection " + name + " does not exist", null, Reason.UNKNOWN, p);
            return;
        }
        Trail at = t.then(new Hop("connection/" + name, null, (c.type() == Connection.Type.VPN ? "VPN" : "Direct Connect") + " connection " + name, c.loc(), null), null);
        if (c.vpc() != null) vgwIngress(p, at, c.vpc().name());
        else if (c.transitGateway() != null) {
            TgwAttachment a = network.attachmentsOf(c.transitGateway().name()).get(c.name());
            if (a == null) w.stop(at, "tgw/" + c.transitGateway().name(), null, "transit gateway " + c.transitGateway().name() + " does not exist", c.loc(), Reason.UNKNOWN, p);
            else atTgw(p, at.then(new Hop("tgw-attachment/" + a.transitGateway() + "/" + a.name(), null, "enters transit gateway " + a.transitGateway()
                    + " through VPN attachment " + a.name(), a.loc(), null), null), a.transitGateway(), a, null);
        } else atDxGateway(p, at, c.directConnectGateway().name());
    }

    /** Traffic through a VGW from on-prem reaches only the VPC's own addresses (no gateway route table is modelled). */
    private void vgwIngress(Packet p, Trail t, String vpcName) {
        Vpc vpc = network.vpc(vpcName);
        String id = "vgw/" + vpcName;
        if (vpc == null || vpc.vpnGateway() == null) {
            w.stop(t, id, vpcName, "VPC " + vpcName + " has no virtual private gateway", vpc == null ? null : vpc.loc(), Reason.UNKNOWN, p);
            return;
        }
        if (p.dst().ipv6()) {
            w.stop(t, id, vpcName, "virtual private gateways carry no IPv6 traffic", vpc.vpnGateway().loc(), Reason.IPV6_NOT_SUPPORTED, p);
            return;
        }
        Cidr dst = p.dst() instanceof Address.Host h ? h.host() : null;
        if (dst != null && vpc.cidrContaining(dst) != null) {
            w.deliverLocal(p, t.then(new Hop(id, vpcName, "enters VPC " + vpcName + " through virtual private gateway " + vpc.vpnGateway().name(),
                    vpc.vpnGateway().loc(), null), null), vpc, null, false);
            return;
        }
        Endpoint gateway = gatewayEndpointFor(vpc, p.dst());
        if (gateway != null) {
            w.stop(t, "vpce/" + vpcName + "/" + gateway.name(), vpcName, "traffic from on-prem enters VPC " + vpcName + ", whose way to "
                    + p.dst() + " is gateway endpoint " + gateway.name() + "; gateway endpoints serve only traffic that starts in their VPC",
                    gateway.loc(), Reason.VPCE_GATEWAY_FROM_OUTSIDE_VPC, p);
            return;
        }
        w.stop(t, id, vpcName, "virtual private gateway " + vpc.vpnGateway().name() + " delivers only to addresses inside VPC " + vpcName + ", not "
                + p.dst(), vpc.vpnGateway().loc(), Reason.VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS, p);
    }

    static Endpoint gatewayEndpointFor(Vpc vpc, Address dst) {
        if (!(dst instanceof Address.Service s) || s.managedList() == null) return null;
        for (Endpoint e : vpc.endpoints().values()) {
            if (e.type() == EndpointType.GATEWAY && e.service() instanceof ServiceRef.Aws a && s.managedList().equals(AwsFacts.managedPrefixList(a.name()))) return e;
        }
        return null;
    }

    /** A DX gateway sends on-prem traffic to an associated VGW (its VPC's CIDRs) or TGW (the association's allowed prefixes). */
    private void atDxGateway(Packet p, Trail t, String name) {
        DxGateway dx = network.topology().directConnectGateways().get(name);
        String id = "dxgw/" + name;
        if (dx == null) {
            w.stop(t, id, null, "Direct Connect gateway " + name + " does not exist", null, Reason.UNKNOWN, p);
            return;
        }
        boolean any = false;
        boolean tgwAssociated = false;
        for (DxAssociation a : dx.associations()) {
            if (a.vpc() != null) {
                Vpc v = network.vpc(a.vpc().name());
                // A VGW association carries the VPC's own addresses; service traffic goes in too and meets the VPC's
                // gateway endpoint there (which refuses it), so the trace names that endpoint.
                boolean inside = p.dst() instanceof Address.Host h && v != null && v.cidrContaining(h.host()) != null;
                if (v == null || !inside && gatewayEndpointFor(v, p.dst()) == null) continue;
                any = true;
                vgwIngress(p, t.then(new Hop(id, null, "Direct Connect gateway " + name + " to VPC " + v.name(), a.loc(), null), null), v.name());
            } else if (a.transitGateway() != null) {
                tgwAssociated = true;
                if (a.allowedPrefixes().stream().noneMatch(c -> p.dst().within(c.cidr()))) continue;
                TgwAttachment att = network.attachmentsOf(a.transitGateway().name()).get(name);
                if (att == null) continue;
                any = true;
                atTgw(p, t.then(new Hop(id, null, "Direct Connect gateway " + name + " to transit gateway " + a.transitGateway().name()
                        + " (allowed prefixes cover " + p.dst() + ")", a.loc(), null), null), a.transitGateway().name(), att, null);
            }
        }
        if (any) return;
        w.stop(t, id, null, tgwAssociated ? "no allowed prefix of Direct Connect gateway " + name + "'s associations covers " + p.dst()
                : "no VPC associated with Direct Connect gateway " + name + " holds " + p.dst(), dx.loc(),
                tgwAssociated ? Reason.DX_PREFIX_NOT_ALLOWED : Reason.NO_ROUTE_TO_DESTINATION, p);
    }

    /** From the internet: only through the destination VPC's internet gateway, to a host with a public address. */
    void fromInternet(Packet p, Trail t) {
        Goal g = w.goal;
        Vpc vpc = g.kind() == Goal.Kind.HOST ? network.vpc(g.vpc()) : null;
        if (vpc == null) {
            w.stop(t, "internet", null, "reaching " + g.object() + " from the internet is not modelled", null, Reason.NOT_MODELLED, p);
            return;
        }
        fromInternet(p, t, vpc);
    }

    /** Into `vpc` from the internet: through its internet gateway, to an IPv6 address or a host with a public IPv4 address. */
    void fromInternet(Packet p, Trail t, Vpc vpc) {
        Goal g = w.goal;
        String id = "igw/" + vpc.name();
        if (vpc.internetGateway() == null && p.reply() && p.dst().ipv6() && vpc.egressOnlyInternetGateway() != null) {
            // An egress-only internet gateway lets in the replies to connections started inside the VPC.
            Gateway eigw = vpc.egressOnlyInternetGateway();
            w.deliverLocal(p, t.then(new Hop("eigw/" + vpc.name(), vpc.name(), "the reply comes back in through egress-only internet gateway "
                    + eigw.name(), eigw.loc(), null), null), vpc, null, false);
            return;
        }
        if (vpc.internetGateway() == null) {
            boolean eigw = vpc.egressOnlyInternetGateway() != null && p.dst().ipv6();
            w.stop(t, eigw ? "eigw/" + vpc.name() : id, vpc.name(), eigw ? "VPC " + vpc.name() + " has only an egress-only internet gateway"
                    : "VPC " + vpc.name() + " has no internet gateway", vpc.loc(), eigw ? Reason.EGRESS_ONLY : Reason.NO_INTERNET_GATEWAY, p);
            return;
        }
        if (!p.dst().ipv6() && !(g.publicIp() && vpc.name().equals(g.vpc()))) {
            w.stop(t, id, vpc.name(), g.object() + " has no public IPv4 address (map_public_ip on its subnet, public_ip on the interface)",
                    g.loc(), Reason.IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS, p);
            return;
        }
        w.deliverLocal(p, t.then(new Hop(id, vpc.name(), "enters VPC " + vpc.name() + " through internet gateway " + vpc.internetGateway().name(),
                vpc.internetGateway().loc(), null), null), vpc, null, false);
    }

    private static List<OnpremSite> sitesHolding(List<OnpremSite> sites, Address dst) {
        List<OnpremSite> out = new ArrayList<>();
        if (!(dst instanceof Address.Host h)) return out;
        for (OnpremSite s : sites) {
            if (s.cidrs().stream().anyMatch(c -> c.cidr().contains(h.host()))) out.add(s);
        }
        return out;
    }

    private static List<Subnet> subnets(Vpc vpc, TgwAttachment att) {
        List<Subnet> out = new ArrayList<>();
        for (Ref r : att.subnets()) {
            Subnet s = vpc.subnets().get(r.name());
            if (s != null) out.add(s);
        }
        return out;
    }
}
