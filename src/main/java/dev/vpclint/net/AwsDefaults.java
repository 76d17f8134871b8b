package dev.vpclint.net;

import dev.vpclint.model.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects AWS creates without being asked, added once to a topology as written, so every later
 * layer sees the network AWS would build. The loader records only what was written.
 * <ul>
 * <li>a main route table for a VPC that names none, used by every subnet that names no table
 *     ("Route table concepts": main route table);</li>
 * <li>the VPC's default security group: members talk to each other, all egress allowed ("Default
 *     security groups for your VPCs");</li>
 * <li>allow-all egress (IPv4 and IPv6) for a group that writes no `egress` ("Security group rules");</li>
 * <li>the default network ACL, which allows everything both ways, for subnets that name none
 *     ("Default network ACL").</li>
 * </ul>
 * and AWS's values for fields left unwritten: DNS support on and DNS hostnames off ("DNS attributes
 * for your VPC", non-default VPCs), public NAT gateways ("NAT gateways": connectivity type),
 * private DNS on only for interface endpoints to AWS services and IPv4 endpoint addresses
 * ("CreateVpcEndpoint": PrivateDnsEnabled, IpAddressType), active peerings, and endpoint services
 * that need no acceptance and support IPv4 ("CreateVpcEndpointServiceConfiguration").
 * Local routes, gateway-endpoint prefix-list routes, propagated routes and the transit gateway
 * attachments of VPN and Direct Connect connections are added where they are used: {@link Forwarding}
 * and {@link TgwAttachments}.
 */
public final class AwsDefaults {
    public static final String MAIN_TABLE = "main";
    public static final String DEFAULT_ACL = "default";

    private AwsDefaults() {
    }

    public static Topology apply(Topology written) {
        Map<String, Vpc> vpcs = new LinkedHashMap<>();
        for (Vpc v : written.vpcs().values()) vpcs.put(v.name(), vpc(v));
        Map<String, Peering> peerings = new LinkedHashMap<>();
        for (Peering p : written.peerings().values()) {
            peerings.put(p.name(), p.status() != null ? p : new Peering(p.name(), p.loc(), p.requester(), p.accepter(), PeeringStatus.ACTIVE,
                    p.statusLoc(), p.dnsResolution()));
        }
        Map<String, EndpointService> services = new LinkedHashMap<>();
        for (EndpointService s : written.endpointServices().values()) {
            // CreateVpcEndpointServiceConfiguration: AcceptanceRequired false, SupportedIpAddressTypes ipv4, unless given.
            LoadBalancer lb = s.loadBalancer();
            // CreateLoadBalancer: "The default is an Internet-facing load balancer"; a Gateway Load Balancer has no scheme.
            LoadBalancer withScheme = new LoadBalancer(lb.loc(), lb.gateway(), lb.typeLoc(),
                    lb.internetFacing() != null ? lb.internetFacing() : !lb.gateway(), lb.schemeLoc(), lb.subnets());
            services.put(s.name(), new EndpointService(s.name(), s.loc(), s.vpc(), withScheme,
                    s.acceptanceRequired() != null && s.acceptanceRequired(), s.acceptanceLoc(), s.allowedPrincipals(), s.principalsLoc(),
                    s.privateDnsName(), s.privateDnsVerified(), s.privateDnsLoc(),
                    s.supportedIpAddressTypes() != null ? s.supportedIpAddressTypes() : List.of(IpAddressType.IPV4), s.ipTypesLoc(),
                    s.supportedRegions(), s.regionsLoc()));
        }
        return new Topology(written.name(), written.rootFile(), written.files(), written.prefixLists(), vpcs, peerings,
                written.transitGateways(), written.directConnectGateways(), written.onprem(), services, written.intents());
    }

    private static Vpc vpc(Vpc v) {
        Map<String, RouteTable> tables = new LinkedHashMap<>(v.routeTables());
        RouteTable main = tables.values().stream().filter(RouteTable::main).findFirst().orElse(null);
        if (main == null) {
            String name = tables.containsKey(MAIN_TABLE) ? MAIN_TABLE + "-implicit" : MAIN_TABLE;
            main = new RouteTable(name, v.name(), v.loc().withPath(v.loc().path() + ".route_tables." + name), true, true, false, List.of());
            tables.put(name, main);
        }
        Map<String, NetworkAcl> acls = new LinkedHashMap<>(v.networkAcls());
        String defaultAcl = acls.containsKey(DEFAULT_ACL) ? DEFAULT_ACL + "-implicit" : DEFAULT_ACL;
        Map<String, Subnet> subnets = new LinkedHashMap<>();
        boolean usesDefaultAcl = false;
        for (Subnet s : v.subnets().values()) {
            Ref table = s.routeTable() != null ? s.routeTable() : new Ref(main.name(), s.loc());
            Ref acl = s.networkAcl() != null ? s.networkAcl() : new Ref(defaultAcl, s.loc());
            usesDefaultAcl |= s.networkAcl() == null;
            subnets.put(s.name(), new Subnet(s.name(), s.vpc(), s.loc(), s.cidr(), s.ipv6Cidr(), s.az(), s.azLoc(), table,
                    s.routeTable() == null, acl, s.mapPublicIp()));
        }
        if (usesDefaultAcl) {
            Loc at = v.loc().withPath(v.loc().path() + ".network_acls." + defaultAcl);
            acls.put(defaultAcl, new NetworkAcl(defaultAcl, v.name(), at, allowAll(at), allowAll(at)));
        }
        Map<String, SecurityGroup> groups = new LinkedHashMap<>();
        for (SecurityGroup g : v.securityGroups().values()) {
            groups.put(g.name(), g.egressWritten() ? g : new SecurityGroup(g.name(), g.vpc(), g.loc(), g.ingress(),
                    List.of(allowAllRule(g.loc(), Cidr.IPV4_ANY), allowAllRule(g.loc(), Cidr.IPV6_ANY)), false, g.implicit()));
        }
        if (!groups.containsKey(SecurityGroup.DEFAULT_NAME)) {
            Loc at = v.loc().withPath(v.loc().path() + ".security_groups." + SecurityGroup.DEFAULT_NAME);
            SgRule self = new SgRule(at, Protocol.ALL, PortRange.ALL, new SgPeer.OfGroup(v.name(), SecurityGroup.DEFAULT_NAME, false), at);
            groups.put(SecurityGroup.DEFAULT_NAME, new SecurityGroup(SecurityGroup.DEFAULT_NAME, v.name(), at, List.of(self),
                    List.of(allowAllRule(at, Cidr.IPV4_ANY), allowAllRule(at, Cidr.IPV6_ANY)), false, true));
        }
        Dns d = v.dns();
        Dns dns = new Dns(d.support() == null || d.support(), d.hostnames() != null && d.hostnames(), d.supportLoc(), d.hostnamesLoc());
        Map<String, NatGateway> nats = new LinkedHashMap<>();
        for (NatGateway n : v.natGateways().values()) {
            nats.put(n.name(), new NatGateway(n.name(), n.vpc(), n.loc(), n.subnet(), n.publicConnectivity() == null || n.publicConnectivity()));
        }
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        for (Endpoint e : v.endpoints().values()) endpoints.put(e.name(), endpoint(e));
        return new Vpc(v.name(), v.loc(), v.region(), v.account(), v.cidrs(), v.ipv6Cidrs(), dns, v.internetGateway(),
                v.egressOnlyInternetGateway(), v.vpnGateway(), subnets, tables, nats, v.networkInterfaces(), endpoints, groups, acls);
    }

    /** AWS enables private DNS by default only for interface endpoints to AWS services; endpoint addresses default to IPv4. */
    private static Endpoint endpoint(Endpoint e) {
        boolean dnsDefault = e.type() == EndpointType.INTERFACE && e.service() instanceof ServiceRef.Aws;
        return new Endpoint(e.name(), e.vpc(), e.loc(), e.type(), e.typeLoc(), e.service(), e.serviceLoc(), e.region(), e.regionLoc(),
                e.routeTables(), e.subnets(), e.securityGroups(), e.securityGroupsWritten(),
                e.privateDns() != null ? e.privateDns() : dnsDefault, e.privateDnsLoc(),
                e.ipAddressType() != null ? e.ipAddressType() : IpAddressType.IPV4, e.ipAddressTypeLoc(), e.policy(), e.policyLoc());
    }

    private static SgRule allowAllRule(Loc at, Cidr any) {
        return new SgRule(at, Protocol.ALL, PortRange.ALL, new SgPeer.OfCidr(any), at);
    }

    /** The default ACL's rules 100 (IPv4) and 101 (IPv6): allow all; the final deny is every ACL's. */
    private static List<NaclEntry> allowAll(Loc at) {
        List<NaclEntry> out = new ArrayList<>();
        out.add(new NaclEntry(at, 100, true, Protocol.ALL, PortRange.ALL, Cidr.IPV4_ANY));
        out.add(new NaclEntry(at, 101, true, Protocol.ALL, PortRange.ALL, Cidr.IPV6_ANY));
        return out;
    }
}
