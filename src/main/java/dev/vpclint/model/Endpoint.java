package dev.vpclint.model;

import java.util.List;

/**
 * A VPC endpoint. Gateway endpoints use `routeTables` (AWS adds the prefix-list route itself);
 * interface and GWLB endpoints use `subnets`. An interface endpoint with no groups written gets
 * the VPC default group (`securityGroupsWritten` false). `privateDns` and `ipAddressType` are null
 * where not written; net/AwsDefaults applies AWS's defaults.
 * `region` is the service Region when the endpoint says one (`region:` or a full service name).
 */
public record Endpoint(String name, String vpc, Loc loc, EndpointType type, Loc typeLoc,
                       ServiceRef service, Loc serviceLoc, String region, Loc regionLoc,
                       List<Ref> routeTables, List<Ref> subnets, List<Ref> securityGroups,
                       boolean securityGroupsWritten, Boolean privateDns, Loc privateDnsLoc,
                       IpAddressType ipAddressType, Loc ipAddressTypeLoc, Object policy, Loc policyLoc) {
    public Endpoint {
        routeTables = List.copyOf(routeTables);
        subnets = List.copyOf(subnets);
        securityGroups = List.copyOf(securityGroups);
    }
}
