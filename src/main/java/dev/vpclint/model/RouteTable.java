package dev.vpclint.model;

import java.util.List;

/**
 * A VPC route table. Routes here are the ones written; every table also has AWS's implicit
 * `local` route for each VPC CIDR ({@link Vpc#localRoutes()}). `implicit` marks the main table AWS
 * creates when the VPC names none ("Route table concepts": main route table).
 */
public record RouteTable(String name, String vpc, Loc loc, boolean main, boolean implicit,
                         boolean propagateVpnRoutes, List<Route> routes) {
    public RouteTable {
        routes = List.copyOf(routes);
    }
}
