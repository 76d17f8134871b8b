package dev.vpclint.net;

import dev.vpclint.model.*;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded topology with the named queries rules share (peers of a VPC, route tables of a subnet,
 * what a connection lands on). Indexes are built once.
 */
public final class Network {
    private final Topology topology;
    private final Map<String, List<Peering>> peeringsByVpc = new HashMap<>();
    private final Map<String, Peering> peeringByPair = new HashMap<>();
    private final Map<String, Map<String, TgwAttachment>> attachmentsByTgw = new LinkedHashMap<>();
    private final Map<String, List<TgwAttachment>> attachmentsByVpc = new HashMap<>();
    private final Map<String, List<DxGateway>> dxGatewaysByVpc = new HashMap<>();
    private CidrIndex<Vpc> vpcCidrs;
    private CidrIndex<OnpremSite> siteCidrs;
    private final Map<String, CidrIndex<Subnet>> subnetCidrs = new HashMap<>();
    private final Map<String, Connection> connections = new HashMap<>();
    private Forwarding forwarding;
    private final Map<Object, Object> derived = new HashMap<>();

    /** The network of a topology as written: AWS's implicit objects are added here, once ({@link AwsDefaults}). */
    public Network(Topology written) {
        this.topology = AwsDefaults.apply(written);
        for (Peering p : this.topology.peerings().values()) {
            peeringsByVpc.computeIfAbsent(p.requester().name(), k -> new ArrayList<>()).add(p);
            if (!p.accepter().name().equals(p.requester().name())) {
                peeringsByVpc.computeIfAbsent(p.accepter().name(), k -> new ArrayList<>()).add(p);
            }
            peeringByPair.putIfAbsent(pairKey(p.requester().name(), p.accepter().name()), p);
        }
        for (TransitGateway tgw : topology.transitGateways().values()) {
            Map<String, TgwAttachment> all = TgwAttachments.of(topology, tgw.name());
            attachmentsByTgw.put(tgw.name(), all);
            for (TgwAttachment a : all.values()) {
                if (a.vpc() != null) attachmentsByVpc.computeIfAbsent(a.vpc().name(), k -> new ArrayList<>()).add(a);
            }
        }
        for (OnpremSite site : topology.onprem().values()) {
            for (Connection c : site.connections().values()) connections.putIfAbsent(c.name(), c);
        }
        for (DxGateway dx : topology.directConnectGateways().values()) {
            for (DxAssociation a : dx.associations()) {
                if (a.vpc() != null) dxGatewaysByVpc.computeIfAbsent(a.vpc().name(), k -> new ArrayList<>()).add(dx);
            }
        }
    }

    public Topology topology() {
        return topology;
    }

    public Vpc vpc(String name) {
        return name == null ? null : topology.vpcs().get(name);
    }

    public Subnet subnet(String vpc, String name) {
        Vpc v = vpc(vpc);
        return v == null ? null : v.subnets().get(name);
    }

    /** Every peering that involves `vpc`, in the order written. */
    public List<Peering> peeringsOf(String vpc) {
        return Collections.unmodifiableList(peeringsByVpc.getOrDefault(vpc, List.of()));
    }

    /** The VPCs peered with `vpc` (any status), without duplicates, in the order written. */
    public List<String> peersOf(String vpc) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Peering p : peeringsOf(vpc)) out.add(p.peerOf(vpc));
        return new ArrayList<>(out);
    }

    /** The first peering written between two VPCs (either direction), or null. */
    public Peering peeringBetween(String a, String b) {
        return peeringByPair.get(pairKey(a, b));
    }

    /** An unordered pair of VPC names as one key ('\n' cannot occur in a name). */
    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\n" + b : b + "\n" + a;
    }

    /** The route table a subnet uses (the written one or the VPC's main table), or null if dangling. */
    public RouteTable routeTableOf(Subnet s) {
        Vpc v = vpc(s.vpc());
        return v == null ? null : v.routeTables().get(s.routeTable().name());
    }

    /** The subnets associated with a route table (explicitly or, for the main table, implicitly). */
    public List<Subnet> subnetsOf(RouteTable table) {
        Vpc v = vpc(table.vpc());
        List<Subnet> out = new ArrayList<>();
        if (v == null) return out;
        for (Subnet s : v.subnets().values()) {
            if (s.routeTable().name().equals(table.name())) out.add(s);
        }
        return out;
    }

    /** Implicit local routes first, then the routes written, as AWS lists them. */
    public List<Route> effectiveRoutes(RouteTable table) {
        Vpc v = vpc(table.vpc());
        List<Route> out = new ArrayList<>(v == null ? List.of() : v.localRoutes());
        out.addAll(table.routes());
        return out;
    }

    /** All attachments of a transit gateway, VPN and Direct Connect included ({@link TgwAttachments}). */
    public Map<String, TgwAttachment> attachmentsOf(String tgw) {
        return Collections.unmodifiableMap(attachmentsByTgw.getOrDefault(tgw, Map.of()));
    }

    /** The TGW VPC attachments of a VPC. */
    public List<TgwAttachment> tgwAttachmentsOfVpc(String vpc) {
        return Collections.unmodifiableList(attachmentsByVpc.getOrDefault(vpc, List.of()));
    }

    /** The attachment of `vpc` to transit gateway `tgw`, or null. */
    public TgwAttachment attachmentOf(String vpc, String tgw) {
        for (TgwAttachment a : tgwAttachmentsOfVpc(vpc)) {
            if (a.transitGateway().equals(tgw)) return a;
        }
        return null;
    }

    /** DX gateways associated with a VPC's virtual private gateway. */
    public List<DxGateway> dxGatewaysOfVpc(String vpc) {
        return Collections.unmodifiableList(dxGatewaysByVpc.getOrDefault(vpc, List.of()));
    }

    /** Where a connection lands: a VGW (a VPC), a TGW attachment, or DX gateway associations. */
    public Landing landingOf(Connection c) {
        if (c.vpc() != null) return new Landing(List.of(c.vpc().name()), List.of());
        if (c.transitGateway() != null) {
            TgwAttachment a = attachmentsOf(c.transitGateway().name()).get(c.name());
            return new Landing(List.of(), a == null ? List.of() : List.of(a));
        }
        List<String> vpcs = new ArrayList<>();
        List<TgwAttachment> attachments = new ArrayList<>();
        DxGateway dx = topology.directConnectGateways().get(c.directConnectGateway().name());
        if (dx != null) {
            for (DxAssociation a : dx.associations()) {
                if (a.vpc() != null && vpc(a.vpc().name()) != null) vpcs.add(a.vpc().name());
                if (a.transitGateway() != null) {
                    TgwAttachment att = attachmentsOf(a.transitGateway().name()).get(dx.name());
                    if (att != null) attachments.add(att);
                }
            }
        }
        return new Landing(vpcs, attachments);
    }

    /** A connection's landing: VPCs reached through their VGW and TGW attachments entered. */
    public record Landing(List<String> vgwVpcs, List<TgwAttachment> tgwAttachments) {
    }

    /**
     * The VPCs with a CIDR (IPv4 or IPv6) equal to, inside or containing `cidr`, each once, in
     * CIDR order. Backed by an index built on first use: no scan over all VPCs per query.
     */
    public List<Vpc> vpcsOverlapping(Cidr cidr) {
        java.util.LinkedHashSet<Vpc> out = new java.util.LinkedHashSet<>();
        for (Map.Entry<Cidr, Vpc> e : vpcCidrIndex().overlapping(cidr)) out.add(e.getValue());
        return new ArrayList<>(out);
    }

    private synchronized CidrIndex<Vpc> vpcCidrIndex() {
        if (vpcCidrs == null) {
            List<Map.Entry<Cidr, Vpc>> entries = new ArrayList<>();
            for (Vpc v : topology.vpcs().values()) {
                for (LocatedCidr c : v.allCidrs()) entries.add(Map.entry(c.cidr(), v));
            }
            vpcCidrs = CidrIndex.of(entries);
        }
        return vpcCidrs;
    }

    /** The CIDRs of a customer prefix list; empty for AWS-managed lists (pl/s3, pl/dynamodb) and unknown names. */
    public List<Cidr> prefixListCidrs(String name) {
        PrefixList pl = topology.prefixLists().get(name);
        if (pl == null) return List.of();
        return pl.cidrs().stream().map(LocatedCidr::cidr).toList();
    }

    /** The CIDRs a route destination stands for: the CIDR itself, or a customer prefix list's entries. */
    public List<Cidr> destinationCidrs(Destination d) {
        if (d instanceof Destination.OfCidr c) return List.of(c.cidr());
        return prefixListCidrs(((Destination.OfPrefixList) d).name());
    }

    public EndpointService endpointService(String name) {
        return topology.endpointServices().get(name);
    }

    /** A security group of a VPC, or null. */
    public SecurityGroup securityGroup(String vpc, String name) {
        Vpc v = vpc(vpc);
        return v == null ? null : v.securityGroups().get(name);
    }

    /**
     * An index derived from the network that several rules share (the peering routes, say),
     * computed on first use and kept for this network: one pass, however many rules ask.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(Object key, java.util.function.Function<Network, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }


    /** The effective forwarding tables (built per table on first use). */
    public synchronized Forwarding forwarding() {
        if (forwarding == null) forwarding = new Forwarding(this);
        return forwarding;
    }

    /** An on-prem connection by name (connection names are unique across sites), or null. */
    public Connection connection(String name) {
        return connections.get(name);
    }

    /** The site that owns connection `name`, as a list (empty when dangling). */
    public List<OnpremSite> sitesOfConnection(String name) {
        Connection c = connections.get(name);
        OnpremSite s = c == null ? null : topology.onprem().get(c.site());
        return s == null ? List.of() : List.of(s);
    }

    /** Sites with a Direct Connect connection to DX gateway `dx`. */
    public List<OnpremSite> sitesBehindDxGateway(String dx) {
        List<OnpremSite> out = new ArrayList<>();
        for (OnpremSite s : topology.onprem().values()) {
            for (Connection c : s.connections().values()) {
                if (c.directConnectGateway() != null && c.directConnectGateway().name().equals(dx) && !out.contains(s)) out.add(s);
            }
        }
        return out;
    }

    /** Sites reached through a VPC's virtual private gateway: VPN connections to it, and DX gateways associated with it. */
    public List<OnpremSite> sitesBehindVgw(String vpc) {
        List<OnpremSite> out = new ArrayList<>();
        for (OnpremSite s : topology.onprem().values()) {
            for (Connection c : s.connections().values()) {
                boolean vpn = c.vpc() != null && c.vpc().name().equals(vpc);
                boolean dx = c.directConnectGateway() != null
                        && dxGatewaysOfVpc(vpc).stream().anyMatch(d -> d.name().equals(c.directConnectGateway().name()));
                if ((vpn || dx) && !out.contains(s)) out.add(s);
            }
        }
        return out;
    }

    /** The subnet of `vpc` whose IPv4 or IPv6 CIDR holds `host`, or null (index built per VPC on first use). */
    public synchronized Subnet subnetAt(String vpc, Cidr host) {
        CidrIndex<Subnet> index = subnetCidrs.get(vpc);
        if (index == null) {
            List<Map.Entry<Cidr, Subnet>> entries = new ArrayList<>();
            Vpc v = vpc(vpc);
            if (v != null) {
                for (Subnet s : v.subnets().values()) {
                    if (s.cidr() != null) entries.add(Map.entry(s.cidr().cidr(), s));
                    if (s.ipv6Cidr() != null) entries.add(Map.entry(s.ipv6Cidr().cidr(), s));
                }
            }
            index = CidrIndex.of(entries);
            subnetCidrs.put(vpc, index);
        }
        return index.longestMatch(host).map(Map.Entry::getValue).orElse(null);
    }

    /** The VPCs with a CIDR holding `host` (more than one only when VPC CIDRs overlap). */
    public List<Vpc> vpcsAt(Cidr host) {
        java.util.LinkedHashSet<Vpc> out = new java.util.LinkedHashSet<>();
        for (Map.Entry<Cidr, Vpc> e : vpcCidrIndex().containing(host)) out.add(e.getValue());
        return new ArrayList<>(out);
    }

    /** The on-prem sites with a CIDR holding `host`. */
    public synchronized List<OnpremSite> sitesAt(Cidr host) {
        if (siteCidrs == null) {
            List<Map.Entry<Cidr, OnpremSite>> entries = new ArrayList<>();
            for (OnpremSite s : topology.onprem().values()) {
                for (LocatedCidr c : s.cidrs()) entries.add(Map.entry(c.cidr(), s));
            }
            siteCidrs = CidrIndex.of(entries);
        }
        java.util.LinkedHashSet<OnpremSite> out = new java.util.LinkedHashSet<>();
        for (Map.Entry<Cidr, OnpremSite> e : siteCidrs.containing(host)) out.add(e.getValue());
        return new ArrayList<>(out);
    }
}
