package dev.vpclint.model;

/** VPC DNS attributes; AWS defaults: support on, hostnames off (non-default VPCs). */
public record Dns(boolean support, boolean hostnames, Loc supportLoc, Loc hostnamesLoc) {

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
