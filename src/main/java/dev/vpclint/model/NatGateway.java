package dev.vpclint.model;

/** A NAT gateway in a subnet; `publicConnectivity` false for private NAT gateways. */
public record NatGateway(String name, String vpc, Loc loc, Ref subnet, boolean publicConnectivity) {
}
