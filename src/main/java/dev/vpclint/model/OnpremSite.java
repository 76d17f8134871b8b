package dev.vpclint.model;

import java.util.List;
import java.util.Map;

/**
 * An on-premises site. With no `routes` written the site sends every AWS prefix it learns over its
 * connections there (BGP); `routesWritten` says which case applies.
 */
public record OnpremSite(String name, Loc loc, List<LocatedCidr> cidrs, Map<String, Connection> connections,
                         List<OnpremRoute> routes, boolean routesWritten) {
    public OnpremSite {
        cidrs = List.copyOf(cidrs);
        connections = Ordered.copy(connections);
        routes = List.copyOf(routes);
    }
}
