package dev.vpclint.model;

import java.util.List;

/** A transit-gateway route table: static routes plus the attachments that propagate into it. */
public record TgwRouteTable(String name, String transitGateway, Loc loc, List<TgwRoute> routes, List<Ref> propagations) {
    public TgwRouteTable {
        routes = List.copyOf(routes);
        propagations = List.copyOf(propagations);
    }
}
