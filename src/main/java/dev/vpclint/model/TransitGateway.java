package dev.vpclint.model;

import java.util.Map;

/** A transit gateway: a regional router; unlike a peering it forwards transitively. */
public record TransitGateway(String name, Loc loc, String region, String account, Long asn,
                             Map<String, TgwRouteTable> routeTables, Map<String, TgwAttachment> attachments) {
    public TransitGateway {
        routeTables = Ordered.copy(routeTables);
        attachments = Ordered.copy(attachments);
    }
}
