package dev.vpclint.model;

/**
 * A subnet: an IPv4 CIDR and/or an IPv6 /64 (IPv6-only subnets have no IPv4), in one AZ.
 * `routeTable` is the effective table: the written one, else the VPC's main table. `mapPublicIp`:
 * instances launched here get a public IPv4 address (AWS's MapPublicIpOnLaunch).
 */
public record Subnet(String name, String vpc, Loc loc, LocatedCidr cidr, LocatedCidr ipv6Cidr,
                     String az, Loc azLoc, Ref routeTable, boolean routeTableImplicit, Ref networkAcl,
                     boolean mapPublicIp) {

    private static final java.util.regex.Pattern AZ_ID = java.util.regex.Pattern.compile("[a-z]{2,5}[0-9]+-az[0-9]+");

    public boolean isIpv6Only() {
        return cidr == null && ipv6Cidr != null;
    }

    public boolean hasIpv6() {
        return ipv6Cidr != null;
    }

    /** AZ IDs (`use1-az1`) name the same physical zone in every account; AZ names do not. */
    public boolean azIsId() {
        return AZ_ID.matcher(az).matches();
    }
}
