package dev.vpclint.paths;

import dev.vpclint.net.Address;

/** A NAT gateway rewrote the source: which one (VPC, subnet, name) and the source it replaced. */
public record Translation(String vpc, String subnet, String name, Address original) {
}
