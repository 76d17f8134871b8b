package dev.vpclint.model;

/** Endpoint and endpoint-service IP address types. */
public enum IpAddressType {
    IPV4("ipv4"), DUALSTACK("dualstack"), IPV6("ipv6");

    public final String word;

    IpAddressType(String word) {
        this.word = word;
    }
}
