package dev.vpclint.model;

import java.util.List;

/** A Direct Connect gateway association: with a VPC's virtual private gateway, or with a transit gateway. */
public record DxAssociation(Loc loc, Ref vpc, Ref transitGateway, List<LocatedCidr> allowedPrefixes, Ref routeTable) {
    public DxAssociation {
        allowedPrefixes = List.copyOf(allowedPrefixes);
    }
}
