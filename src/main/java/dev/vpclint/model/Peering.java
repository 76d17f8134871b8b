package dev.vpclint.model;

/** A VPC peering connection between two VPCs; peering is never transitive. `status` is null where not written (AWS: active). */
public record Peering(String name, Loc loc, Ref requester, Ref accepter, PeeringStatus status, Loc statusLoc,
                      boolean dnsResolution) {

    public boolean involves(String vpc) {
        return requester.name().equals(vpc) || accepter.name().equals(vpc);
    }

    /** The VPC on the other side from `vpc`, or null when the peering does not involve it. */
    public String peerOf(String vpc) {
        if (requester.name().equals(vpc)) return accepter.name();
        if (accepter.name().equals(vpc)) return requester.name();
        return null;
    }
}
