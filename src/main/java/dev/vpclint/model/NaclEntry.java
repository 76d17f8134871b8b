package dev.vpclint.model;

/** A numbered network-ACL rule; ACLs are stateless and evaluated in rule-number order. */
public record NaclEntry(Loc loc, int rule, boolean allow, Protocol protocol, PortRange ports, Cidr cidr) {
}
