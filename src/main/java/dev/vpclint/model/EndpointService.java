package dev.vpclint.model;

import java.util.List;

/**
 * A PrivateLink endpoint service offered from a VPC (provider side). `acceptanceRequired` and
 * `supportedIpAddressTypes` are null where not written; net/AwsDefaults applies the API's defaults.
 */
public record EndpointService(String name, Loc loc, Ref vpc, LoadBalancer loadBalancer, Boolean acceptanceRequired,
                              Loc acceptanceLoc, List<String> allowedPrincipals, Loc principalsLoc,
                              String privateDnsName, Boolean privateDnsVerified, Loc privateDnsLoc,
                              List<IpAddressType> supportedIpAddressTypes, Loc ipTypesLoc,
                              List<String> supportedRegions, Loc regionsLoc) {
    public EndpointService {
        allowedPrincipals = List.copyOf(allowedPrincipals);
        supportedIpAddressTypes = supportedIpAddressTypes == null ? null : List.copyOf(supportedIpAddressTypes);
        supportedRegions = List.copyOf(supportedRegions);
    }

    public boolean supportsIpv6() {
        return supportedIpAddressTypes.contains(IpAddressType.IPV6);
    }
}
