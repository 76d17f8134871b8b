package dev.vpclint.paths;

import dev.vpclint.model.*;
import dev.vpclint.net.Address;
import dev.vpclint.net.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Security groups and network ACLs as AWS applies them: groups are stateful allow-lists (a reply
 * is always admitted, "Security group rules"); ACLs are stateless, numbered, first match wins, with
 * an implicit final deny ("Control subnet traffic with network access control lists"). Each
 * returns the destination ports still admitted, or null when a fact it needs is missing.
 */
final class Filters {
    private Filters() {
    }

    static String groupKey(SecurityGroup g) {
        return g.vpc() + "/" + g.name();
    }

    /** Ports admitted by `groups` for traffic from `peer` (ingress) or to `peer` (egress); `peerGroups` are the other side's groups. */
    static PortSet securityGroups(Network network, List<SecurityGroup> groups, boolean ingress, Address peer, Set<String> peerGroups,
                                  Protocol protocol, PortSet ports) {
        PortSet admitted = PortSet.NONE;
        for (SecurityGroup g : groups) {
            for (SgRule r : ingress ? g.ingress() : g.egress()) {
                if (!protocolMatches(r.protocol(), protocol) || !peerMatches(network, r.peer(), peer, peerGroups)) continue;
                admitted = admitted.union(portsOf(r.protocol(), r.ports()));
            }
        }
        return ports.intersect(admitted);
    }

    private static boolean peerMatches(Network network, SgPeer peer, Address a, Set<String> peerGroups) {
        if (peer instanceof SgPeer.OfCidr c) return a.within(c.cidr());
        if (peer instanceof SgPeer.OfGroup g) return peerGroups != null && peerGroups.contains(g.vpc() + "/" + g.name());
        String list = ((SgPeer.OfPrefixList) peer).name();
        if (a instanceof Address.Service s && list.equals(s.managedList())) return true;
        for (Cidr c : network.prefixListCidrs(list)) {
            if (a.within(c)) return true;
        }
        return false;
    }

    /**
     * Whether a rule of `groups` for this protocol admits members of a security group of one of
     * `senderVpcs`: an interface can only be a member of its own VPC's groups, so with the sender's
     * groups unknown such a rule might admit it, and no other group rule can.
     */
    static boolean admitsByGroupReference(List<SecurityGroup> groups, Protocol protocol, List<String> senderVpcs) {
        for (SecurityGroup g : groups) {
            for (SgRule r : g.ingress()) {
                if (r.peer() instanceof SgPeer.OfGroup ref && senderVpcs.contains(ref.vpc()) && protocolMatches(r.protocol(), protocol)) return true;
            }
        }
        return false;
    }

    /**
     * Ports the ACL admits for this packet, entries in rule-number order (the lowest number that
     * matches decides). `ingress` matches entries against the source address, egress against the
     * destination. Null when the subnet names an ACL that does not exist.
     */
    static PortSet networkAcl(Vpc vpc, Subnet subnet, boolean ingress, Address src, Address dst, Protocol protocol, PortSet ports) {
        if (subnet.networkAcl() == null) return ports; // the VPC's default ACL allows everything
        NetworkAcl acl = vpc.networkAcls().get(subnet.networkAcl().name());
        if (acl == null) return null;
        List<NaclEntry> entries = new ArrayList<>(ingress ? acl.ingress() : acl.egress());
        entries.sort((x, y) -> Integer.compare(x.rule(), y.rule()));
        Address peer = ingress ? src : dst;
        PortSet remaining = ports;
        PortSet admitted = PortSet.NONE;
        for (NaclEntry e : entries) {
            if (remaining.isEmpty()) break;
            if (!protocolMatches(e.protocol(), protocol) || !peer.within(e.cidr())) continue;
            PortSet hit = remaining.intersect(portsOf(e.protocol(), e.ports()));
            if (e.allow()) admitted = admitted.union(hit);
            remaining = remaining.minus(hit);
        }
        return admitted;
    }

    /** A rule for all protocols matches every flow; a flow of all protocols only matches such rules. */
    static boolean protocolMatches(Protocol rule, Protocol flow) {
        return rule == Protocol.ALL || rule == flow;
    }

    /** Port ranges mean something only for TCP and UDP rules. */
    private static PortSet portsOf(Protocol p, PortRange r) {
        return p == Protocol.TCP || p == Protocol.UDP ? PortSet.of(r) : PortSet.ALL;
    }
}
