package dev.vpclint.paths;

import dev.vpclint.model.*;
import dev.vpclint.net.AwsFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in addresses for what a design places in a subnet, one each, so a trace never shows two
 * objects at one address: from the first usable host on, NAT gateways, then endpoints, then network
 * interfaces, each in the order written, then the stand-in host of the subnet itself.
 */
final class Hosts {
    static final String SUBNET_HOST = "";

    private Hosts() {
    }

    /** The address of `object` (`nat/V/N`, `vpce/V/N`, `eni/V/N`, or {@link #SUBNET_HOST}) in the given family of subnet `s`. */
    static Cidr of(dev.vpclint.net.Network network, Vpc v, Subnet s, String object, boolean ipv6) {
        LocatedCidr net = ipv6 ? s.ipv6Cidr() : s.cidr();
        java.util.Map<String, List<String>> byVpc = network.derived(Hosts.class, n -> new java.util.concurrent.ConcurrentHashMap<String, List<String>>());
        List<String> placed = byVpc.computeIfAbsent(v.name() + "/" + s.name(), k -> placedIn(v, s));
        int index = object.equals(SUBNET_HOST) ? placed.size() : Math.max(0, placed.indexOf(object));
        return net.cidr().hostAt(AwsFacts.FIRST_USABLE_HOST_OFFSET + index);
    }

    private static List<String> placedIn(Vpc v, Subnet s) {
        List<String> out = new ArrayList<>();
        for (NatGateway n : v.natGateways().values()) {
            if (n.subnet().name().equals(s.name())) out.add("nat/" + v.name() + "/" + n.name());
        }
        for (Endpoint e : v.endpoints().values()) {
            if (e.subnets().stream().anyMatch(r -> r.name().equals(s.name()))) out.add("vpce/" + v.name() + "/" + e.name());
        }
        for (NetworkInterface i : v.networkInterfaces().values()) {
            if (i.subnet().name().equals(s.name())) out.add("eni/" + v.name() + "/" + i.name());
        }
        return out;
    }
}
