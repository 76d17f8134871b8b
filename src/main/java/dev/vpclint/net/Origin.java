package dev.vpclint.net;

/**
 * Where a forwarding entry comes from, in AWS's order of preference for entries with the same
 * prefix: a lower rank wins ("How route priority works", Amazon VPC User Guide; "Route evaluation
 * order", AWS Transit Gateway Guide). Ties in rank are equal-cost alternatives.
 */
public enum Origin {
    /** The VPC's implicit local route: always preferred for its own CIDR. */
    LOCAL(0, "local"),
    /** A route written in the table (VPC or TGW), to a CIDR. */
    STATIC(1, "static"),
    /** A written route to a customer-managed prefix list, expanded to its entries. */
    PREFIX_LIST(2, "prefix list"),
    /** The prefix-list route AWS adds for a gateway endpoint associated with the table. */
    GATEWAY_ENDPOINT(3, "gateway endpoint"),
    /** TGW: propagated from a VPC attachment. */
    PROPAGATED_VPC(4, "propagated from a VPC"),
    /** TGW: propagated from a Direct Connect gateway attachment. */
    PROPAGATED_DX(5, "propagated from Direct Connect"),
    /** TGW: propagated from a VPN attachment; VPC: propagated by the virtual private gateway. */
    PROPAGATED_VPN(6, "propagated from VPN"),
    /** On-prem: a route the site learned over BGP (no `routes` written for the site). */
    LEARNED(7, "learned over BGP");

    public final int rank;
    public final String word;

    Origin(int rank, String word) {
        this.rank = rank;
        this.word = word;
    }
}
