package dev.vpclint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A VPC: IPv4 CIDRs (the first is the primary), optional IPv6 CIDRs, and what lives in it.
 * Maps keep the order names were written in. Implicit AWS objects (main route table, default
 * security group) are already present.
 */
public record Vpc(String name, Loc loc, String region, String account, List<LocatedCidr> cidrs,
                  List<LocatedCidr> ipv6Cidrs, Dns dns, Gateway internetGateway, Gateway egressOnlyInternetGateway,
                  Gateway vpnGateway, Map<String, Subnet> subnets, Map<String, RouteTable> routeTables,
                  Map<String, NatGateway> natGateways, Map<String, NetworkInterface> networkInterfaces,
                  Map<String, Endpoint> endpoints, Map<String, SecurityGroup> securityGroups,
                  Map<String, NetworkAcl> networkAcls) {

    public Vpc {
        cidrs = List.copyOf(cidrs);
        ipv6Cidrs = List.copyOf(ipv6Cidrs);
        subnets = Ordered.copy(subnets);
        routeTables = Ordered.copy(routeTables);
        natGateways = Ordered.copy(natGateways);
        networkInterfaces = Ordered.copy(networkInterfaces);
        endpoints = Ordered.copy(endpoints);
        securityGroups = Ordered.copy(securityGroups);
        networkAcls = Ordered.copy(networkAcls);
    }

    /** This VPC with its Region and account (inherited from `defaults` when not written). */
    public Vpc placedIn(String newRegion, String newAccount) {
        return new Vpc(name, loc, newRegion, newAccount, cidrs, ipv6Cidrs, dns, internetGateway, egressOnlyInternetGateway,
                vpnGateway, subnets, routeTables, natGateways, networkInterfaces, endpoints, securityGroups, networkAcls);
    }

    /** IPv4 then IPv6 CIDRs. */
    public List<LocatedCidr> allCidrs() {
        List<LocatedCidr> all = new ArrayList<>(cidrs);
        all.addAll(ipv6Cidrs);
        return all;
    }

    /** AWS's implicit `local` route for every VPC CIDR, present in every route table of the VPC. */
    public List<Route> localRoutes() {
        List<Route> locals = new ArrayList<>();
        for (LocatedCidr c : allCidrs()) {
            locals.add(new Route(c.loc(), new Destination.OfCidr(c.cidr()), c.loc(),
                    new RouteTarget(RouteTarget.Kind.LOCAL, null), c.loc()));
        }
        return locals;
    }

    /** The VPC CIDR (IPv4 or IPv6, primary or secondary) equal to or containing `cidr`, or null. */
    public LocatedCidr cidrContaining(Cidr cidr) {
        for (LocatedCidr c : allCidrs()) {
            if (c.cidr().contains(cidr)) return c;
        }
        return null;
    }

    /** A VPC CIDR overlapping `cidr`, or null. */
    public LocatedCidr cidrOverlapping(Cidr cidr) {
        for (LocatedCidr c : allCidrs()) {
            if (c.cidr().overlaps(cidr)) return c;
        }
        return null;
    }

    public boolean hasIpv6() {
        return !ipv6Cidrs.isEmpty();
    }
}
