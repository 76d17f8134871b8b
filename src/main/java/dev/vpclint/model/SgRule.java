package dev.vpclint.model;

/** One ingress or egress rule of a security group; `peer` is its source or destination. Groups are stateful. */
public record SgRule(Loc loc, Protocol protocol, PortRange ports, SgPeer peer, Loc peerLoc) {
}
