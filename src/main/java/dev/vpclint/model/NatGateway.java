package dev.vpclint.model;

/** A NAT gateway in a subnet; `publicConnectivity` false for private NAT gateways, null where not written (AWS: public). */
public record NatGateway(String name, String vpc, Loc loc, Ref subnet, Boolean publicConnectivity) {
}
