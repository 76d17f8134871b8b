package dev.vpclint.model;

/**
 * VPC DNS attributes; null where not written (the loader records only what is written). AWS's
 * defaults (support on, hostnames off for non-default VPCs) are applied by net/AwsDefaults.
 */
public record Dns(Boolean support, Boolean hostnames, Loc supportLoc, Loc hostnamesLoc) {

    /** The attributes that are off, in words ("DNS support", "DNS hostnames"); empty when both are on. */
    public java.util.List<String> disabled() {
        java.util.List<String> off = new java.util.ArrayList<>();
        if (!support) off.add("DNS support");
        if (!hostnames) off.add("DNS hostnames");
        return off;
    }

    /** Where the attributes that are off are set (the VPC itself for a default left unwritten). */
    public java.util.List<Loc> disabledLocs() {
        java.util.List<Loc> at = new java.util.ArrayList<>();
        if (!support) at.add(supportLoc);
        if (!hostnames) at.add(hostnamesLoc);
        return at;
    }
}
