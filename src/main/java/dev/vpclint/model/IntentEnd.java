package dev.vpclint.model;

/**
 * One end of a declared flow: `vpc/NAME`, `subnet/VPC/NAME`, `eni/VPC/NAME`, `vpce/VPC/NAME`,
 * `onprem/NAME`, `service/SERVICE`, `internet`, or an address or CIDR.
 * For `vpc/` and `onprem/`, `name` is the object and `subName` null; for `subnet/`, `eni/` and
 * `vpce/`, `name` is the VPC and `subName` the object in it. For `service/`, `service` is the parsed
 * service and `name` its own name: the AWS short name (`s3`, also for a full
 * `com.amazonaws.REGION.s3`) or the endpoint service's name. `cidr` is set for addresses only.
 */
public record IntentEnd(Kind kind, String name, String subName, Cidr cidr, ServiceRef service, Loc loc) {
    public enum Kind { VPC, SUBNET, ENI, VPCE, ONPREM, SERVICE, INTERNET, ADDRESS }

    /** The object a `vpc/`, `subnet/`, `eni/`, `vpce/` or `onprem/` end names, as a `through` item would; else null. */
    public PathRef object() {
        return switch (kind) {
            case VPC -> new PathRef(PathRef.Kind.VPC, name, name, loc);
            case SUBNET -> new PathRef(PathRef.Kind.SUBNET, name, subName, loc);
            case ENI -> new PathRef(PathRef.Kind.ENI, name, subName, loc);
            case VPCE -> new PathRef(PathRef.Kind.VPCE, name, subName, loc);
            case ONPREM -> new PathRef(PathRef.Kind.ONPREM, null, name, loc);
            case SERVICE, INTERNET, ADDRESS -> null;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case VPC -> "vpc/" + name;
            case SUBNET -> "subnet/" + name + "/" + subName;
            case ENI -> "eni/" + name + "/" + subName;
            case VPCE -> "vpce/" + name + "/" + subName;
            case ONPREM -> "onprem/" + name;
            case SERVICE -> "service/" + service;
            case INTERNET -> "internet";
            case ADDRESS -> cidr.toString();
        };
    }
}
