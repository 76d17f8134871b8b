package dev.vpclint.model;

/**
 * An object a path can cross, as written in an intent's `through:` list or as an intent end:
 * `vpc/NAME`, `subnet/VPC/NAME`, `eni/VPC/NAME`, `vpce/VPC/NAME`, `nat/VPC/NAME`, `pcx/NAME`,
 * `tgw/NAME`, `onprem/NAME`. `vpc` is the VPC holding the object (the VPC itself for `vpc/NAME`,
 * null for peerings, transit gateways and on-prem sites); `name` is the object's own name.
 */
public record PathRef(Kind kind, String vpc, String name, Loc loc) {

    public enum Kind {
        VPC("vpc", false), SUBNET("subnet", true), ENI("eni", true), VPCE("vpce", true), NAT("nat", true),
        PCX("pcx", false), TGW("tgw", false), ONPREM("onprem", false);

        /** The word before the first slash. */
        public final String word;
        /** True when the reference names the VPC first (`subnet/VPC/NAME`). */
        public final boolean inVpc;

        Kind(String word, boolean inVpc) {
            this.word = word;
            this.inVpc = inVpc;
        }
    }

    @Override
    public String toString() {
        return kind.word + "/" + (kind.inVpc ? vpc + "/" : "") + name;
    }
}
