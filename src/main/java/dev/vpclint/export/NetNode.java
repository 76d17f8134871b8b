package dev.vpclint.export;

/** A graph vertex: a small immutable key (kind + scoped name such as `app/app-a`). */
public record NetNode(Kind kind, String id) {
    public enum Kind {
        VPC, SUBNET, ROUTE_TABLE, PEERING, NAT_GATEWAY, NETWORK_INTERFACE, ENDPOINT, INTERNET_GATEWAY,
        VPN_GATEWAY, TRANSIT_GATEWAY, TGW_ROUTE_TABLE, TGW_ATTACHMENT, DX_GATEWAY, ONPREM_SITE, CONNECTION,
        ENDPOINT_SERVICE
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
