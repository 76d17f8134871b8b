package dev.vpclint.net;

import dev.vpclint.model.*;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * VL005: every reference of a topology names an existing object, including the objects AWS creates
 * implicitly (the VPN and Direct Connect attachments of a transit gateway, the `default` security
 * group). References to objects that were dropped for a broken required field are not reported
 * again: the VL002 on the object already says what to fix. The loader runs this once per topology,
 * so every later layer resolves names that exist.
 */
public final class References {
    private final List<Problem> problems;
    private Topology t;
    private Set<String> broken;

    public References(List<Problem> problems) {
        this.problems = problems;
    }

    /** Checks `topology` as written; `broken` names the objects dropped for input errors (`subnet:VPC/NAME`, ...). */
    public void check(Topology topology, Set<String> broken) {
        t = topology;
        this.broken = broken;
        t.vpcs().values().forEach(this::vpc);
        for (Peering p : t.peerings().values()) {
            vpcRef(p.requester(), "requester VPC");
            vpcRef(p.accepter(), "accepter VPC");
        }
        t.transitGateways().values().forEach(this::tgw);
        for (DxGateway dx : t.directConnectGateways().values()) {
            for (DxAssociation a : dx.associations()) {
                if (a.vpc() != null && vpcRef(a.vpc(), "VPC") && t.vpcs().get(a.vpc().name()).vpnGateway() == null) {
                    dangling(a.vpc(), "VPC " + a.vpc().name() + " has no vpn_gateway for the DX gateway to associate with");
                }
                if (a.transitGateway() != null && tgwRef(a.transitGateway()) && a.routeTable() != null) {
                    tgwTableRef(a.transitGateway().name(), a.routeTable());
                }
            }
        }
        t.onprem().values().forEach(this::site);
        for (EndpointService s : t.endpointServices().values()) {
            if (vpcRef(s.vpc(), "VPC")) {
                for (Ref subnet : s.loadBalancer().subnets()) subnetRef(s.vpc().name(), subnet);
            }
        }
        t.intents().forEach(this::intent);
    }

    private void vpc(Vpc v) {
        for (Subnet s : v.subnets().values()) {
            if (s.routeTable() != null) named(s.routeTable(), v.routeTables(), "route table", "in VPC " + v.name(), null);
            if (s.networkAcl() != null) named(s.networkAcl(), v.networkAcls(), "network ACL", "in VPC " + v.name(), null);
        }
        for (RouteTable rt : v.routeTables().values()) {
            for (Route r : rt.routes()) {
                destination(r.destination(), r.destinationLoc());
                routeTarget(v, r);
            }
        }
        for (NatGateway n : v.natGateways().values()) subnetRef(v.name(), n.subnet());
        for (NetworkInterface n : v.networkInterfaces().values()) {
            subnetRef(v.name(), n.subnet());
            n.securityGroups().forEach(g -> named(g, groupsOf(v), "security group", "in VPC " + v.name(), null));
        }
        for (Endpoint e : v.endpoints().values()) {
            e.routeTables().forEach(r -> named(r, v.routeTables(), "route table", "in VPC " + v.name(), null));
            e.subnets().forEach(s -> subnetRef(v.name(), s));
            e.securityGroups().forEach(g -> named(g, groupsOf(v), "security group", "in VPC " + v.name(), null));
            if (e.service() instanceof ServiceRef.EndpointServiceRef es) {
                named(new Ref(es.name(), e.serviceLoc()), t.endpointServices(), "endpoint service", "in endpoint_services", "endpoint_service:");
            }
        }
        for (SecurityGroup g : v.securityGroups().values()) {
            for (SgRule r : g.ingress()) sgPeer(v, r);
            for (SgRule r : g.egress()) sgPeer(v, r);
        }
    }

    private void routeTarget(Vpc v, Route r) {
        RouteTarget target = r.target();
        Ref ref = new Ref(target.name(), r.targetLoc());
        switch (target.kind()) {
            case PCX -> named(ref, t.peerings(), "peering", "in peerings", "pcx:");
            case TGW -> tgwRef(ref);
            case NAT -> inAnyVpc(v, ref, "NAT gateway", "nat:", Vpc::natGateways);
            case ENI -> inAnyVpc(v, ref, "network interface", "eni:", Vpc::networkInterfaces);
            case VPCE -> inAnyVpc(v, ref, "endpoint", "vpce:", Vpc::endpoints);
            default -> {
            }
        }
    }

    /** Own VPC first; another VPC's object is VL206's business (route-target-not-in-vpc), not dangling. */
    private void inAnyVpc(Vpc own, Ref ref, String what, String brokenPrefix, java.util.function.Function<Vpc, Map<String, ?>> of) {
        if (of.apply(own).containsKey(ref.name()) || broken.contains(brokenPrefix + own.name() + "/" + ref.name())) return;
        for (Vpc other : t.vpcs().values()) {
            if (of.apply(other).containsKey(ref.name())) return;
        }
        dangling(ref, what + " '" + ref.name() + "' does not exist in VPC " + own.name() + " or any other VPC");
    }

    private void sgPeer(Vpc v, SgRule r) {
        if (r.peer() instanceof SgPeer.OfGroup g) {
            Vpc owner = t.vpcs().get(g.vpc());
            if (owner == null) {
                if (!broken.contains("vpc:" + g.vpc())) dangling(new Ref(g.vpc(), r.peerLoc()), "VPC '" + g.vpc() + "' does not exist");
                return;
            }
            named(new Ref(g.name(), r.peerLoc()), groupsOf(owner), "security group", "in VPC " + owner.name(), null);
        } else if (r.peer() instanceof SgPeer.OfPrefixList pl) {
            prefixList(pl.name(), r.peerLoc());
        }
    }

    private void destination(Destination d, Loc at) {
        if (d instanceof Destination.OfPrefixList pl && !pl.isAwsManaged()) prefixList(pl.name(), at);
    }

    private void prefixList(String name, Loc at) {
        named(new Ref(name, at), t.prefixLists(), "prefix list", "in prefix_lists", "pl:");
    }

    private void tgw(TransitGateway g) {
        Map<String, TgwAttachment> attachments = TgwAttachments.of(t, g.name());
        for (TgwRouteTable rt : g.routeTables().values()) {
            for (TgwRoute r : rt.routes()) {
                destination(r.destination(), r.destinationLoc());
                if (!r.isBlackhole()) attachmentRef(g, attachments, new Ref(r.target(), r.targetLoc()));
            }
            rt.propagations().forEach(p -> attachmentRef(g, attachments, p));
        }
        for (TgwAttachment a : g.attachments().values()) {
            if (a.vpc() != null && vpcRef(a.vpc(), "VPC")) a.subnets().forEach(s -> subnetRef(a.vpc().name(), s));
            if (a.peering() != null) tgwRef(a.peering());
            tgwTableRef(g.name(), a.routeTable());
        }
    }

    private void attachmentRef(TransitGateway g, Map<String, TgwAttachment> attachments, Ref ref) {
        if (attachments.containsKey(ref.name()) || broken.contains("attachment:" + g.name() + "/" + ref.name())
                || broken.contains("connection:" + ref.name())) return;
        dangling(ref, "transit gateway " + g.name() + " has no attachment '" + ref.name()
                + "' (attachments, VPN connections to it, or DX gateways associated with it)");
    }

    private void tgwTableRef(String tgw, Ref table) {
        TransitGateway g = t.transitGateways().get(tgw);
        if (g != null && table != null) named(table, g.routeTables(), "route table", "in transit gateway " + tgw, null);
    }

    private void site(OnpremSite s) {
        for (Connection c : s.connections().values()) {
            if (c.vpc() != null && vpcRef(c.vpc(), "VPC") && t.vpcs().get(c.vpc().name()).vpnGateway() == null) {
                dangling(c.vpc(), "VPC " + c.vpc().name() + " has no vpn_gateway for connection " + c.name() + " to land on");
            }
            if (c.transitGateway() != null && tgwRef(c.transitGateway())) tgwTableRef(c.transitGateway().name(), c.routeTable());
            if (c.directConnectGateway() != null) {
                named(c.directConnectGateway(), t.directConnectGateways(), "Direct Connect gateway", "in direct_connect_gateways", null);
            }
        }
        for (OnpremRoute r : s.routes()) {
            destination(r.destination(), r.destinationLoc());
            named(r.connection(), s.connections(), "connection", "of on-prem site " + s.name(), "connection:");
        }
    }

    /** Intent ends and `through` items. AWS service names are no dangling reference: unknown ones are VL412's kind of finding. */
    private void intent(Intent i) {
        for (IntentEnd end : List.of(i.from(), i.to())) {
            PathRef object = end.object();
            if (object != null) {
                pathRef(object);
            } else if (end.service() instanceof ServiceRef.EndpointServiceRef es) {
                named(new Ref(es.name(), end.loc()), t.endpointServices(), "endpoint service", "in endpoint_services", "endpoint_service:");
            }
        }
        i.through().forEach(this::pathRef);
    }

    private void pathRef(PathRef p) {
        Ref ref = new Ref(p.name(), p.loc());
        switch (p.kind()) {
            case VPC -> vpcRef(ref, "VPC");
            case PCX -> named(ref, t.peerings(), "peering", "in peerings", "pcx:");
            case TGW -> tgwRef(ref);
            case ONPREM -> named(ref, t.onprem(), "on-prem site", "in onprem", "onprem:");
            case SUBNET -> inVpc(p, "subnet", "subnet:", Vpc::subnets);
            case ENI -> inVpc(p, "network interface", "eni:", Vpc::networkInterfaces);
            case VPCE -> inVpc(p, "endpoint", "vpce:", Vpc::endpoints);
            case NAT -> inVpc(p, "NAT gateway", "nat:", Vpc::natGateways);
        }
    }

    /** `WORD/VPC/NAME`: the VPC first, then the object in it. */
    private void inVpc(PathRef p, String what, String brokenPrefix, java.util.function.Function<Vpc, Map<String, ?>> of) {
        if (!vpcRef(new Ref(p.vpc(), p.loc()), "VPC")) return;
        String vpc = p.vpc();
        named(new Ref(p.name(), p.loc()), of.apply(t.vpcs().get(vpc)), what, "in VPC " + vpc, brokenPrefix + vpc + "/");
    }

    private boolean vpcRef(Ref ref, String what) {
        return named(ref, t.vpcs(), what, "in vpcs", "vpc:");
    }

    private boolean tgwRef(Ref ref) {
        return named(ref, t.transitGateways(), "transit gateway", "in transit_gateways", "tgw:");
    }

    private void subnetRef(String vpc, Ref ref) {
        Vpc v = t.vpcs().get(vpc);
        if (v != null && ref != null) named(ref, v.subnets(), "subnet", "in VPC " + vpc, "subnet:" + vpc + "/");
    }

    /** True when `ref` resolves; reports VL005 unless the target was dropped as broken. */
    private boolean named(Ref ref, Map<String, ?> in, String what, String where, String brokenPrefix) {
        if (ref == null) return false;
        if (in.containsKey(ref.name())) return true;
        if (brokenPrefix != null && broken.contains(brokenPrefix + ref.name())) return false;
        String near = Suggest.nearest(ref.name(), in.keySet());
        dangling(ref, what + " '" + ref.name() + "' does not exist " + where + (near == null ? "" : "; did you mean '" + near + "'?"));
        return false;
    }

    /** The groups a reference can name: those written and the default group AWS gives every VPC. */
    private static Map<String, ?> groupsOf(Vpc v) {
        if (v.securityGroups().containsKey(SecurityGroup.DEFAULT_NAME)) return v.securityGroups();
        Map<String, Object> all = new java.util.LinkedHashMap<>(v.securityGroups());
        all.put(SecurityGroup.DEFAULT_NAME, null);
        return all;
    }

    private void dangling(Ref ref, String message) {
        problems.add(new Problem("VL005", message, ref.loc()));
    }
}
