package dev.vpclint.net;

import dev.vpclint.model.Cidr;
import dev.vpclint.model.Loc;

/**
 * One entry of an effective forwarding table: a CIDR or an AWS-managed prefix list (`service`,
 * e.g. `s3`), where it sends packets, where it comes from, and where it is written (the route, the
 * gateway endpoint, the propagation, the VPC CIDR of a local route). `written` is the destination
 * as the user wrote it (`pl/corp` for an expanded prefix-list entry).
 */
public record FwdEntry(Cidr cidr, String service, Next next, Origin origin, Loc loc, String written) {
    public String destinationText() {
        if (service != null) return "pl/" + service;
        return written.equals(cidr.toString()) ? written : written + " (" + cidr + ")";
    }

    @Override
    public String toString() {
        return destinationText() + " -> " + next + " (" + origin.word + ")";
    }
}
