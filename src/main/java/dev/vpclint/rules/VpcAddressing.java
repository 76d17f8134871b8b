package dev.vpclint.rules;

import dev.vpclint.model.Cidr;
import dev.vpclint.model.CidrFormatException;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Route;
import dev.vpclint.model.RouteTarget;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.Vpc;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Addressing facts about one VPC that several VL1xx rules need ("VPC CIDR blocks", "Route table concepts"). */
final class VpcAddressing {
    /**
     * The targets AWS accepts for a route more specific than the local route, and for replacing the local
     * route's target: NAT gateway, network interface, Gateway Load Balancer endpoint ("Route table concepts").
     */
    private VpcAddressing() {
    }

    /** A CIDR written in the code as a constant; a typo there is a bug, so it fails loudly. */
    static Cidr constant(String text) {
        try {
            return Cidr.parse(text);
        } catch (CidrFormatException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Every subnet CIDR (IPv4 and IPv6) of the VPC, to the first subnet written with it. */
    static Map<Cidr, Subnet> subnetsByCidr(Vpc vpc) {
        Map<Cidr, Subnet> out = new HashMap<>();
        for (Subnet s : vpc.subnets().values()) {
            if (s.cidr() != null) out.putIfAbsent(s.cidr().cidr(), s);
            if (s.ipv6Cidr() != null) out.putIfAbsent(s.ipv6Cidr().cidr(), s);
        }
        return out;
    }

    /** The VPC CIDR (IPv4 or IPv6) equal to `cidr`, or null. */
    static LocatedCidr vpcCidrEqualTo(Vpc vpc, Cidr cidr) {
        for (LocatedCidr c : vpc.allCidrs()) {
            if (c.cidr().equals(cidr)) return c;
        }
        return null;
    }

    /** The VPC CIDR that strictly contains `cidr` (`cidr` is more specific than its local route), or null. */
    static LocatedCidr vpcCidrStrictlyContaining(Vpc vpc, Cidr cidr) {
        for (LocatedCidr c : vpc.allCidrs()) {
            if (c.cidr().contains(cidr) && !c.cidr().equals(cidr)) return c;
        }
        return null;
    }

    /** A written route that replaces the target of a local route: a VPC CIDR to a network interface or GWLB endpoint. */
    static boolean replacesLocalRouteTarget(Vpc vpc, Route route) {
        Cidr d = route.destination().cidrOrNull();
        return d != null && vpcCidrEqualTo(vpc, d) != null
                && dev.vpclint.net.AwsFacts.MIDDLEBOX_TARGETS.contains(route.target().kind());
    }
}
