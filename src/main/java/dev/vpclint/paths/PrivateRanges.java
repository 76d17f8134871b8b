package dev.vpclint.paths;

import dev.vpclint.model.Cidr;
import java.util.List;

/**
 * Address ranges an internet gateway will not carry: RFC 1918 and RFC 6598 (Reachability
 * Analyzer's IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS / _RFC6598_EGRESS) and IPv6 unique
 * local addresses (RFC 4193), which are not routed on the internet either.
 */
final class PrivateRanges {
    private static final List<Cidr> RANGES = List.of(cidr("10.0.0.0/8"), cidr("172.16.0.0/12"), cidr("192.168.0.0/16"),
            cidr("100.64.0.0/10"), cidr("fc00::/7"));

    private PrivateRanges() {
    }

    static boolean isPrivate(Cidr c) {
        for (Cidr r : RANGES) {
            if (r.contains(c)) return true;
        }
        return false;
    }

    private static Cidr cidr(String text) {
        try {
            return Cidr.parse(text);
        } catch (dev.vpclint.model.CidrFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
