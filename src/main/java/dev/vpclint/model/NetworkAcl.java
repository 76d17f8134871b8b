package dev.vpclint.model;

import java.util.List;

/** A network ACL; every ACL ends with an implicit deny-all. Subnets naming none use an allow-all default ACL. */
public record NetworkAcl(String name, String vpc, Loc loc, List<NaclEntry> ingress, List<NaclEntry> egress) {
    public NetworkAcl {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }
}
