package dev.vpclint.model;

/** IP protocols of security-group and network-ACL rules. */
public enum Protocol {
    TCP, UDP, ICMP, ICMPV6, ALL;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
