package dev.vpclint.model;

/** The other side of a security-group rule: a CIDR, a group (`sg/NAME`, `sg/VPC/NAME`) or a prefix list. */
public sealed interface SgPeer permits SgPeer.OfCidr, SgPeer.OfGroup, SgPeer.OfPrefixList {
    record OfCidr(Cidr cidr) implements SgPeer {
        @Override
        public String toString() {
            return cidr.toString();
        }
    }

    /** `vpc` is the group's VPC: the rule's own VPC when written as `sg/NAME`. */
    record OfGroup(String vpc, String name, boolean crossVpc) implements SgPeer {
        @Override
        public String toString() {
            return crossVpc ? "sg/" + vpc + "/" + name : "sg/" + name;
        }
    }

    record OfPrefixList(String name) implements SgPeer {
        @Override
        public String toString() {
            return "pl/" + name;
        }
    }
}
