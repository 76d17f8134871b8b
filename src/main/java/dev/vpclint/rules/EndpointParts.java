package dev.vpclint.rules;

import dev.vpclint.net.Network;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.Ref;
import dev.vpclint.model.SecurityGroup;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * What the VL4xx rules resolve about an endpoint: its VPC, its subnets (with the list item each
 * was written at) and its written security groups. Dangling names (already VL005) are left out.
 */
final class EndpointParts {
    private EndpointParts() {
    }

    /** An endpoint with the VPC it lives in. */
    record Placed(Vpc vpc, Endpoint endpoint) {
    }

    /** A subnet of an endpoint and the `subnets` item naming it. */
    record PlacedSubnet(Ref ref, Subnet subnet) {
    }

    /** Every endpoint of one of the given types, VPC by VPC, in the order written. */
    static List<Placed> endpoints(Network network, EndpointType... types) {
        List<Placed> out = new ArrayList<>();
        for (Vpc v : network.topology().vpcs().values()) {
            for (Endpoint e : v.endpoints().values()) {
                for (EndpointType t : types) {
                    if (e.type() == t) out.add(new Placed(v, e));
                }
            }
        }
        return out;
    }

    /** The endpoint's subnets that exist in its VPC, in the order written. */
    static List<PlacedSubnet> subnets(Vpc vpc, Endpoint e) {
        List<PlacedSubnet> out = new ArrayList<>();
        for (Ref r : e.subnets()) {
            Subnet s = vpc.subnets().get(r.name());
            if (s != null) out.add(new PlacedSubnet(r, s));
        }
        return out;
    }

    /** The groups written in `security_groups` that exist (none when the field is absent). */
    static List<SecurityGroup> writtenGroups(Vpc vpc, Endpoint e) {
        List<SecurityGroup> out = new ArrayList<>();
        if (!e.securityGroupsWritten()) return out;
        for (Ref r : e.securityGroups()) {
            SecurityGroup g = vpc.securityGroups().get(r.name());
            if (g != null && !out.contains(g)) out.add(g);
        }
        return out;
    }

    /** "subnet a" or "subnets a, b". */
    static String subnetWord(List<PlacedSubnet> subnets) {
        List<String> names = subnets.stream().map(s -> s.subnet().name()).toList();
        return (names.size() == 1 ? "subnet " : "subnets ") + String.join(", ", names);
    }

    /** Whether an endpoint of this IP address type can have a network interface in the subnet ("IP address types"). */
    static boolean canHold(Subnet s, dev.vpclint.model.IpAddressType type) {
        return switch (type) {
            case IPV4 -> s.cidr() != null;
            case DUALSTACK -> s.cidr() != null && s.hasIpv6();
            case IPV6 -> s.isIpv6Only();
        };
    }
}
