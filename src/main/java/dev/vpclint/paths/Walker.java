package dev.vpclint.paths;

import dev.vpclint.model.*;
import dev.vpclint.net.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Walks one packet hop by hop through the resolved network until it is delivered to the goal or
 * stops, forking on equal-cost routes. VPC-side forwarding lives here; transit gateways, Direct
 * Connect gateways and on-prem sites in {@link TransitWalker}. Every decision reads a forwarding
 * table from net/; nothing here guesses a route.
 */
class Walker {
    static final int MAX_PATHS = 16;

    final Network network;
    final Forwarding forwarding;
    final Goal goal;
    final List<Walk> paths = new ArrayList<>();
    TransitWalker transit;
    /** Decisions (table + destination) already seen to end without a loop; set only by the loop search. */
    Set<Object> loopFree;

    Walker(Network network, Goal goal) {
        this.network = network;
        this.forwarding = network.forwarding();
        this.goal = goal;
    }

    boolean full() {
        return paths.size() >= MAX_PATHS;
    }

    /** True when the loop search has already walked on from this decision without finding a loop. */
    boolean knownLoopFree(Object key) {
        return loopFree != null && loopFree.contains(key);
    }

    private void remember(Trail t, Reason r) {
        if (loopFree == null || r == Reason.ROUTING_LOOP) return;
        for (Trail x = t; x != null; x = x.previous()) {
            if (x.key() != null) loopFree.add(x.key());
        }
    }

    void stop(Trail t, String object, String vpc, String text, Loc loc, Reason reason, Packet p) {
        remember(t, reason);
        Reason r = p.reply() && (reason == Reason.NO_ROUTE_TO_DESTINATION || reason == Reason.TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT)
                ? Reason.NO_RETURN_ROUTE : reason;
        Walk.Outcome o = r.undecided() ? Walk.Outcome.UNDECIDED : Walk.Outcome.STOPPED;
        paths.add(new Walk(t.then(new Hop(object, vpc, text + " (" + r.name() + ")", loc, r), null).hops(), o, r, null));
    }

    void deliver(Trail t, Hop last, ReturnStart.Kind kind, String vpc, String subnet, String site, String via, Packet p) {
        remember(t, null);
        ReturnStart back = new ReturnStart(kind, vpc, subnet, site, via, p.src(), p.nats());
        paths.add(new Walk(t.then(last, null).hops(), Walk.Outcome.DELIVERED, null, back));
    }

    /** The packet leaves a host (or gateway) in `subnet`: its route table decides. `aclOut`: whether the subnet's ACL applies on the way out. */
    void leaveSubnet(Packet p, Trail t, Vpc vpc, Subnet subnet, boolean aclOut) {
        if (full()) return;
        String subnetId = "subnet/" + vpc.name() + "/" + subnet.name();
        ForwardingTable table = forwarding.ofSubnet(subnet);
        if (table == null) {
            stop(t, subnetId, vpc.name(), "route table " + subnet.routeTable().name() + " of subnet " + subnet.name() + " does not exist", subnet.loc(), Reason.UNKNOWN, p);
            return;
        }
        // The subnet's AZ is part of the decision: a route to a transit gateway carries the packet on in that AZ.
        Trail.Key key = new Trail.Key(table.id(), subnet.az(), p.dst());
        if (knownLoopFree(key)) return;
        if (t.visited(key)) {
            RouteTable rt = vpc.routeTables().get(subnet.routeTable().name());
            stop(t, table.id(), vpc.name(), "forwarding to " + p.dst() + " comes back to route table " + rt.name(), rt.loc(), Reason.ROUTING_LOOP, p);
            return;
        }
        List<FwdEntry> entries = table.lookup(p.dst());
        if (entries.isEmpty()) {
            RouteTable rt = vpc.routeTables().get(subnet.routeTable().name());
            stop(t, table.id(), vpc.name(), "route table " + rt.name() + " (subnet " + subnet.name() + ") has no route to " + p.dst(), rt.loc(), Reason.NO_ROUTE_TO_DESTINATION, p);
            return;
        }
        for (FwdEntry e : entries) {
            Trail at = t.then(new Hop(table.id(), vpc.name(), "subnet " + subnet.name() + ": route " + e, e.loc(), null), key);
            follow(p, at, vpc, subnet, aclOut, table, e);
        }
    }

    private void follow(Packet p, Trail t, Vpc vpc, Subnet from, boolean aclOut, ForwardingTable table, FwdEntry e) {
        String name = e.next().name();
        switch (e.next().kind()) {
            case LOCAL -> deliverLocal(p, t, vpc, from, aclOut);
            case BLACKHOLE -> stop(t, table.id(), vpc.name(), "the route to " + e.destinationText() + " is a blackhole", e.loc(), Reason.BAD_STATE_ROUTE, p);
            case IGW -> toInternetGateway(p, t, vpc, from, aclOut, false);
            case EIGW -> toInternetGateway(p, t, vpc, from, aclOut, true);
            case NAT -> toNat(p, t, vpc, from, aclOut, name);
            case PCX -> toPeering(p, t, vpc, from, aclOut, name);
            case TGW -> transit.fromVpc(p, t, vpc, from, aclOut, name);
            case VGW -> transit.fromVgw(p, t, vpc, from, aclOut);
            case VPCE -> toGwlbEndpoint(p, t, vpc, from, aclOut, name);
            case ENI -> toAppliance(p, t, vpc, name);
            case GATEWAY_ENDPOINT -> toGatewayEndpoint(p, t, vpc, from, aclOut, name);
            case ATTACHMENT, CONNECTION -> throw new IllegalStateException("not a VPC route target: " + e);
        }
    }

    /** Passes `subnet`'s ACL (out or in) and returns the packet with the ports still admitted, or null after reporting the stop. */
    Packet acl(Packet p, Trail t, Vpc vpc, Subnet subnet, boolean ingress) {
        PortSet ports = Filters.networkAcl(vpc, subnet, ingress, p.src(), p.dst(), p.protocol(), p.ports());
        String id = "subnet/" + vpc.name() + "/" + subnet.name();
        String acl = subnet.networkAcl() == null ? "" : subnet.networkAcl().name();
        if (ports == null) {
            stop(t, id, vpc.name(), "network ACL " + acl + " does not exist", subnet.loc(), Reason.UNKNOWN, p);
            return null;
        }
        if (p.reply() && !ports.isEmpty() && !ports.equals(p.ports())) {
            // The reply goes to the client's ephemeral port, which depends on its OS (and is 1024-65535 behind a NAT gateway).
            stop(t, id, vpc.name(), "network ACL " + acl + " admits the reply only on ports " + ports + " of the ephemeral range " + p.ports()
                    + "; whether it passes depends on the client's ephemeral ports", vpc.networkAcls().get(acl).loc(), Reason.UNKNOWN, p);
            return null;
        }
        if (ports.isEmpty()) {
            NetworkAcl a = vpc.networkAcls().get(acl);
            stop(t, id, vpc.name(), "network ACL " + acl + " denies " + (ingress ? "inbound" : "outbound") + " " + p.protocol().word()
                    + " " + p.ports() + (ingress ? " from " + p.src() : " to " + p.dst()), a.loc(), Reason.SUBNET_ACL_RESTRICTION, p);
            return null;
        }
        return p.withPorts(ports);
    }

    /** The local route: deliver to the subnet holding the destination, through the ACLs of both subnets when they differ. */
    void deliverLocal(Packet p, Trail t, Vpc vpc, Subnet from, boolean aclOut) {
        Cidr host = p.dst() instanceof Address.Host h ? h.host() : null;
        Subnet to = host == null ? null : network.subnetAt(vpc.name(), host);
        if (to == null) {
            stop(t, "vpc/" + vpc.name(), vpc.name(), "no subnet of VPC " + vpc.name() + " holds " + p.dst(), vpc.loc(), Reason.NO_POSSIBLE_DESTINATION, p);
            return;
        }
        Packet q = p;
        if (from != to) {
            if (from != null && aclOut && (q = acl(q, t, vpc, from, false)) == null) return;
            if ((q = acl(q, t, vpc, to, true)) == null) return;
        }
        String id = "subnet/" + vpc.name() + "/" + to.name();
        if (goal.kind() != Goal.Kind.HOST || !vpc.name().equals(goal.vpc()) || !to.name().equals(goal.subnet())) {
            stop(t, id, vpc.name(), "arrives in subnet " + to.name() + ", which is not where " + goal.object() + " is", to.loc(), Reason.NO_POSSIBLE_DESTINATION, q);
            return;
        }
        if (!p.reply() && goal.groups() != null) {
            PortSet ports = Filters.securityGroups(network, goal.groups(), true, q.src(), q.srcGroups(), q.protocol(), q.ports());
            List<String> senderVpcs = q.src() instanceof Address.Host h ? network.vpcsAt(h.host()).stream().map(Vpc::name).toList() : List.of();
            if (ports.isEmpty() && q.srcGroups() == null && Filters.admitsByGroupReference(goal.groups(), q.protocol(), senderVpcs)) {
                stop(t, goal.object(), vpc.name(), "security groups " + names(goal.groups()) + " of " + goal.object()
                        + " admit members of other security groups, and the groups of the source are not known (declare its network_interfaces)",
                        goal.groups().get(0).loc(), Reason.UNKNOWN, q);
                return;
            }
            if (ports.isEmpty()) {
                stop(t, goal.object(), vpc.name(), "security groups " + names(goal.groups()) + " of " + goal.object() + " admit no "
                        + q.protocol().word() + " " + q.ports() + " from " + q.src(), goal.groups().get(0).loc(), Reason.ENI_SG_RULES_MISMATCH, q);
                return;
            }
            q = q.withPorts(ports);
        }
        String sg = p.reply() ? "" : goal.groups() == null ? "; security groups not evaluated (no interface declared there)"
                : "; admitted by security groups " + names(goal.groups()) + " on " + q.ports();
        deliver(t, new Hop(goal.object(), vpc.name(), "delivered in subnet " + to.name() + sg, goal.loc(), null),
                ReturnStart.Kind.HOST, vpc.name(), to.name(), null, null, q);
    }

    static String names(List<SecurityGroup> groups) {
        return String.join(", ", groups.stream().map(SecurityGroup::name).toList());
    }

    private void toInternetGateway(Packet p, Trail t, Vpc vpc, Subnet from, boolean aclOut, boolean egressOnly) {
        Gateway gw = egressOnly ? vpc.egressOnlyInternetGateway() : vpc.internetGateway();
        String id = (egressOnly ? "eigw/" : "igw/") + vpc.name();
        if (gw == null) {
            stop(t, id, vpc.name(), "VPC " + vpc.name() + " has no " + (egressOnly ? "egress-only " : "") + "internet gateway", vpc.loc(), Reason.NO_INTERNET_GATEWAY, p);
            return;
        }
        if (egressOnly && !p.dst().ipv6()) {
            stop(t, id, vpc.name(), "egress-only internet gateways carry IPv6 only", gw.loc(), Reason.IPV6_NOT_SUPPORTED, p);
            return;
        }
        Packet q = aclOut ? acl(p, t, vpc, from, false) : p;
        if (q == null) return;
        if (q.dst() instanceof Address.Host h && PrivateRanges.isPrivate(h.host())) {
            stop(t, id, vpc.name(), "internet gateway " + gw.name() + " drops traffic to the private address " + q.dst(), gw.loc(),
                    Reason.IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS, q);
            return;
        }
        if (!q.src().ipv6() && !q.srcPublic()) {
            stop(t, id, vpc.name(), "the source " + q.src() + " has no public IPv4 address (map_public_ip on the subnet, public_ip on the interface, or a NAT gateway)",
                    gw.loc(), Reason.IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS, q);
            return;
        }
        Hop hop = new Hop(id, vpc.name(), "leaves through " + (egressOnly ? "egress-only " : "") + "internet gateway " + gw.name(), gw.loc(), null);
        switch (goal.kind()) {
            case INTERNET -> deliver(t.then(hop, null), new Hop("internet", null, "reaches the internet", null, null),
                    ReturnStart.Kind.INTO_VPC, vpc.name(), null, null, id, q);
            case SERVICE -> deliver(t.then(hop, null), new Hop(goal.object(), null, "reaches the public endpoint of " + goal.service(), null, null),
                    ReturnStart.Kind.INTO_VPC, vpc.name(), null, null, id, q);
            default -> acrossTheInternet(q, t.then(hop, null));
        }
    }

    /**
     * A public address of a VPC (an IPv6 global address; public IPv4 addresses are not part of the
     * format) is reached across the internet through that VPC's internet gateway; anything else
     * public is beyond the model.
     */
    private void acrossTheInternet(Packet q, Trail t) {
        Cidr host = q.dst() instanceof Address.Host h ? h.host() : null;
        List<Vpc> owners = host == null ? List.of() : network.vpcsAt(host);
        if (owners.size() != 1) {
            stop(t, "internet", null, "reaching " + goal.object() + " across the internet is not modelled", null, Reason.NOT_MODELLED, q);
            return;
        }
        transit.fromInternet(q, t.then(new Hop("internet", null, "crosses the internet to " + q.dst() + ", an address of VPC " + owners.get(0).name(),
                null, null), null), owners.get(0));
    }

    private void toNat(Packet p, Trail t, Vpc vpc, Subnet from, boolean aclOut, String name) {
        String id = "nat/" + vpc.name() + "/" + name;
        NatGateway nat = vpc.natGateways().get(name);
        Subnet at = nat == null ? null : vpc.subnets().get(nat.subnet().name());
        if (at == null) {
            stop(t, id, vpc.name(), "NAT gateway " + name + " is not in VPC " + vpc.name(), vpc.loc(), Reason.UNKNOWN, p);
            return;
        }
        if (p.reply()) {
            // A reply routed to a NAT gateway is translated like any outbound packet ("NAT gateways transform the
            // source's addresses", NGW_SOURCE_ADDRESS_REASSIGN): the client gets it from the NAT's address, not from
            // the one it sent to, and drops it. Replies to a translated request go *to* the NAT's address instead.
            stop(t, id, vpc.name(), "the reply is routed to NAT gateway " + name + ", which would rewrite its source " + p.src()
                    + " to its own address: the client expects the reply from " + p.src(), nat.loc(), Reason.NGW_SOURCE_ADDRESS_REASSIGN, p);
            return;
        }
        if (p.dst().ipv6()) {
            stop(t, id, vpc.name(), "NAT gateways translate IPv4 only (IPv6 needs an egress-only internet gateway or NAT64)", nat.loc(), Reason.IPV6_NOT_SUPPORTED, p);
            return;
        }
        Packet q = p;
        if (from != at) {
            if (from != null && aclOut && (q = acl(q, t, vpc, from, false)) == null) return;
            if ((q = acl(q, t, vpc, at, true)) == null) return;
        }
        Address natAddress = new Address.Host(Hosts.of(network, vpc, at, id, false));
        Packet translated = q.translated(new Translation(vpc.name(), at.name(), name, q.src()), natAddress, nat.publicConnectivity());
        String kind = nat.publicConnectivity() ? "public" : "private";
        Trail at2 = t.then(new Hop(id, vpc.name(), kind + " NAT gateway " + name + " in subnet " + at.name() + " rewrites the source " + q.src()
                + " to its own address" + (q.srcGroups() == null || q.srcGroups().isEmpty() ? "" : "; security-group references no longer match"), nat.loc(), null), new Trail.Key(id, null, q.dst()));
        leaveSubnet(translated, at2, vpc, at, true);
    }

    private void toPeering(Packet p, Trail t, Vpc vpc, Subnet from, boolean aclOut, String name) {
        String id = "pcx/" + name;
        Peering pcx = network.topology().peerings().get(name);
        Vpc peer = pcx == null || !pcx.involves(vpc.name()) ? null : network.vpc(pcx.peerOf(vpc.name()));
        if (peer == null) {
            stop(t, id, vpc.name(), "peering " + name + " does not connect VPC " + vpc.name() + " to an existing VPC", vpc.loc(), Reason.UNKNOWN, p);
            return;
        }
        if (pcx.status() != PeeringStatus.ACTIVE) {
            stop(t, id, vpc.name(), "peering " + name + " is " + pcx.status().word + ", not active", pcx.loc(), Reason.BAD_STATE, p);
            return;
        }
        Endpoint peerGateway = TransitWalker.gatewayEndpointFor(peer, p.dst());
        if (peerGateway != null) {
            stop(t.then(new Hop(id, null, "crosses peering " + name + " to VPC " + peer.name(), pcx.loc(), null), null), "vpce/" + peer.name() + "/" + peerGateway.name(), peer.name(), "peering " + name + " leads to VPC " + peer.name()
                    + ", whose way to " + p.dst() + " is gateway endpoint " + peerGateway.name()
                    + "; gateway endpoints serve only traffic that starts in their VPC", peerGateway.loc(), Reason.VPCE_GATEWAY_FROM_OUTSIDE_VPC, p);
            return;
        }
        Cidr dst = p.dst() instanceof Address.Host h ? h.host() : null;
        if (dst == null || peer.cidrContaining(dst) == null) {
            PeeringLimits.Outside o = dst == null ? new PeeringLimits.Outside(null, null, null, null) : PeeringLimits.classify(network, vpc, peer, dst, false);
            stop(t, id, vpc.name(), "peering " + name + " delivers only inside VPC " + peer.name() + "; " + p.dst() + " is outside it"
                    + (o.beyond() != null ? ", in VPC " + o.beyond().name() + " (peered with " + peer.name() + "): peering is not transitive"
                    : ", and the peer's gateways and connections are not lent"), pcx.loc(), o.reason(), p);
            return;
        }
        if (!(p.src() instanceof Address.Host s) || vpc.cidrContaining(s.host()) == null) {
            stop(t, id, vpc.name(), "peering " + name + " carries only traffic from inside VPC " + vpc.name() + "; source " + p.src()
                    + " came from outside it (edge-to-edge routing)", pcx.loc(), Reason.PCX_EDGE_TO_EDGE, p);
            return;
        }
        Packet q = aclOut ? acl(p, t, vpc, from, false) : p;
        if (q == null) return;
        Trail next = t.then(new Hop(id, null, "crosses peering " + name + " to VPC " + peer.name(), pcx.loc(), null), null);
        deliverLocal(q, next, peer, null, false);
    }

    /** A Gateway Load Balancer endpoint hands traffic to the appliances behind it, which return it to the endpoint: the endpoint's subnet routes it on. */
    private void toGwlbEndpoint(Packet p, Trail t, Vpc vpc, Subnet from, boolean aclOut, String name) {
        String id = "vpce/" + vpc.name() + "/" + name;
        Endpoint e = vpc.endpoints().get(name);
        Subnet at = e == null || e.type() != EndpointType.GATEWAY_LOAD_BALANCER || e.subnets().isEmpty() ? null : vpc.subnets().get(e.subnets().get(0).name());
        if (at == null) {
            stop(t, id, vpc.name(), "vpce/" + name + " is not a Gateway Load Balancer endpoint with a subnet in VPC " + vpc.name(), vpc.loc(), Reason.UNKNOWN, p);
            return;
        }
        Packet q = aclOut && from != at ? acl(p, t, vpc, from, false) : p;
        if (q == null) return;
        Trail next = t.then(new Hop(id, vpc.name(), "Gateway Load Balancer endpoint " + name + " sends the traffic through its appliances"
                + " (assumed to pass it unchanged) and back; subnet " + at.name() + " routes it on", e.loc(), null), new Trail.Key(id, null, p.dst()));
        leaveSubnet(q, next, vpc, at, false);
    }

    private void toAppliance(Packet p, Trail t, Vpc vpc, String name) {
        String id = "eni/" + vpc.name() + "/" + name;
        NetworkInterface eni = vpc.networkInterfaces().get(name);
        if (eni == null) {
            stop(t, id, vpc.name(), "network interface " + name + " is not in VPC " + vpc.name(), vpc.loc(), Reason.UNKNOWN, p);
        } else if (eni.sourceDestCheck()) {
            stop(t, id, vpc.name(), "network interface " + name + " has source_dest_check on, so it drops traffic addressed to others",
                    eni.loc(), Reason.ENI_SOURCE_DEST_CHECK_RESTRICTION, p);
        } else {
            stop(t, id, vpc.name(), "what the appliance behind network interface " + name + " does with the traffic is not modelled", eni.loc(),
                    Reason.NOT_MODELLED, p);
        }
    }

    private void toGatewayEndpoint(Packet p, Trail t, Vpc vpc, Subnet from, boolean aclOut, String name) {
        String id = "vpce/" + vpc.name() + "/" + name;
        Endpoint e = vpc.endpoints().get(name);
        if (!(p.src() instanceof Address.Host s) || vpc.cidrContaining(s.host()) == null) {
            stop(t, id, vpc.name(), "gateway endpoint " + name + " serves only traffic that starts in VPC " + vpc.name() + "; source " + p.src()
                    + " came from outside it", e.loc(), Reason.VPCE_GATEWAY_FROM_OUTSIDE_VPC, p);
            return;
        }
        if (p.protocol() != Protocol.TCP && p.protocol() != Protocol.ICMP) {
            stop(t, id, vpc.name(), "gateway endpoint " + name + " carries TCP and ICMP echo only, not " + p.protocol().word(), e.loc(),
                    Reason.VPCE_GATEWAY_PROTOCOL_RESTRICTION, p);
            return;
        }
        Packet q = aclOut ? acl(p, t, vpc, from, false) : p;
        if (q == null) return;
        if (goal.kind() != Goal.Kind.SERVICE) {
            stop(t, id, vpc.name(), "gateway endpoint " + name + " leads to its service, not to " + goal.object(), e.loc(), Reason.NO_POSSIBLE_DESTINATION, q);
            return;
        }
        deliver(t, new Hop(id, vpc.name(), "reaches " + goal.service() + " through gateway endpoint " + name, e.loc(), null),
                ReturnStart.Kind.INTO_VPC, vpc.name(), null, null, id, q);
    }

    /** The security groups of a source admit the packet out, or the walk stops. */
    Packet sourceGroups(Packet p, Trail t, Source s) {
        if (s.groups() == null) return p;
        PortSet ports = Filters.securityGroups(network, s.groups(), false, p.dst(), goalGroups(), p.protocol(), p.ports());
        if (ports.isEmpty()) {
            stop(t, s.object(), s.vpc(), "security groups " + names(s.groups()) + " of " + s.object() + " allow no " + p.protocol().word() + " "
                    + p.ports() + " out to " + p.dst(), s.groups().get(0).loc(), Reason.ENI_SG_RULES_MISMATCH, p);
            return null;
        }
        return p.withPorts(ports);
    }

    private Set<String> goalGroups() {
        if (goal.groups() == null) return Set.of();
        return Set.copyOf(goal.groups().stream().map(Filters::groupKey).toList());
    }
}
