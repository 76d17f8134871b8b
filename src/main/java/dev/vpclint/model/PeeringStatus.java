package dev.vpclint.model;

/** VPC peering connection lifecycle states that matter for routing ("VPC peering connection lifecycle"). */
public enum PeeringStatus {
    ACTIVE("active"), PENDING_ACCEPTANCE("pending-acceptance"), REJECTED("rejected"), FAILED("failed"), DELETED("deleted");

    public final String word;

    PeeringStatus(String word) {
        this.word = word;
    }
}
