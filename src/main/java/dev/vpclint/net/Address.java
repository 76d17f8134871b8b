package dev.vpclint.net;

import dev.vpclint.model.Cidr;

/**
 * A packet address as the forwarding model sees it: one host, "the internet" (an arbitrary public
 * address that no narrower route or rule names), or an AWS service reached at its public or
 * prefix-list addresses (`s3`), which vpclint does not enumerate.
 */
public sealed interface Address permits Address.Host, Address.AnyPublic, Address.Service {
    boolean ipv6();

    /** Whether a route or rule CIDR covers this address: a host by containment, the others only by a default route. */
    boolean within(Cidr cidr);

    record Host(Cidr host) implements Address {
        public boolean ipv6() {
            return host.isIpv6();
        }

        public boolean within(Cidr cidr) {
            return cidr.contains(host);
        }

        @Override
        public String toString() {
            String s = host.toString();
            return s.substring(0, s.indexOf('/'));
        }
    }

    record AnyPublic(boolean ipv6) implements Address {
        public boolean within(Cidr cidr) {
            return cidr.isDefaultRoute() && cidr.isIpv6() == ipv6;
        }

        @Override
        public String toString() {
            return ipv6 ? "an internet address (IPv6)" : "an internet address";
        }
    }

    /** `managedList` is the AWS-managed prefix list of the service (`s3`, `dynamodb`), or null. */
    record Service(String name, String managedList, boolean ipv6) implements Address {
        public boolean within(Cidr cidr) {
            return cidr.isDefaultRoute() && cidr.isIpv6() == ipv6;
        }

        @Override
        public String toString() {
            return "service " + name;
        }
    }
}
