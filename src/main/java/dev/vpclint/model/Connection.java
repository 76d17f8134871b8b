package dev.vpclint.model;

/**
 * An on-prem site's VPN or Direct Connect connection. It lands on exactly one of: a VPC's virtual
 * private gateway, a transit gateway (a VPN attachment named after the connection, associated with
 * `routeTable`), or a Direct Connect gateway.
 */
public record Connection(String name, String site, Loc loc, Type type, Ref vpc, Ref transitGateway, Ref routeTable,
                         Ref directConnectGateway) {
    public enum Type {
        VPN("vpn"), DIRECT_CONNECT("direct_connect");

        public final String word;

        Type(String word) {
            this.word = word;
        }
    }
}
