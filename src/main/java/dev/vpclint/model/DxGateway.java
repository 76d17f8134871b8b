package dev.vpclint.model;

import java.util.List;

/** A Direct Connect gateway; it never routes between the VPCs or TGWs associated with it. */
public record DxGateway(String name, Loc loc, List<DxAssociation> associations) {
    public DxGateway {
        associations = List.copyOf(associations);
    }
}
