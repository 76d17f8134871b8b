package dev.vpclint.model;

/** One end of a declared flow: `vpc/NAME`, `subnet/VPC/NAME`, `onprem/NAME`, `service/NAME`, `internet` or a CIDR. */
public record IntentEnd(Kind kind, String name, String subName, Cidr cidr, Loc loc) {
    public enum Kind { VPC, SUBNET, ONPREM, SERVICE, INTERNET, ADDRESS }

    @Override
    public String toString() {
        return switch (kind) {
            case VPC -> "vpc/" + name;
            case SUBNET -> "subnet/" + name + "/" + subName;
            case ONPREM -> "onprem/" + name;
            case SERVICE -> "service/" + name;
            case INTERNET -> "internet";
            case ADDRESS -> cidr.toString();
        };
    }
}
