package dev.vpclint.model;

import java.util.List;

/**
 * A transit-gateway attachment. VPC and TGW-peering attachments are written under the TGW; VPN
 * attachments come from on-prem connections, Direct Connect ones from DX gateway associations.
 * `routeTable` is the associated TGW route table.
 */
public record TgwAttachment(String name, String transitGateway, Loc loc, Kind kind, Ref vpc, List<Ref> subnets,
                            Ref peering, Ref routeTable) {
    public enum Kind { VPC, PEERING, VPN, DIRECT_CONNECT }

    public TgwAttachment {
        subnets = List.copyOf(subnets);
    }
}
