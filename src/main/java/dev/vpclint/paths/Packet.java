package dev.vpclint.paths;

import dev.vpclint.model.Protocol;
import dev.vpclint.net.Address;
import java.util.List;
import java.util.Set;

/**
 * A packet on its way: addresses, protocol, the destination ports still possible after the filters
 * it passed, the security groups of its sender (`vpc/name`; emptied where AWS drops that
 * information, as at a NAT gateway; null when the sender's groups are not known), whether its source has a public IPv4 address, the NAT
 * translations it went through (innermost last) and whether it is a reply.
 */
record Packet(Address src, Address dst, Protocol protocol, PortSet ports, Set<String> srcGroups, boolean srcPublic,
              List<Translation> nats, boolean reply) {

    Packet withPorts(PortSet p) {
        return new Packet(src, dst, protocol, p, srcGroups, srcPublic, nats, reply);
    }

    Packet withGroups(Set<String> groups) {
        return new Packet(src, dst, protocol, ports, groups, srcPublic, nats, reply);
    }

    Packet translated(Translation nat, Address natAddress, boolean isPublic) {
        List<Translation> more = new java.util.ArrayList<>(nats);
        more.add(nat);
        return new Packet(natAddress, dst, protocol, ports, Set.of(), isPublic, List.copyOf(more), reply);
    }
}
