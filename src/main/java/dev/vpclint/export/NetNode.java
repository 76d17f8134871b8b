package dev.vpclint.export;

/**
 * A graph vertex: a small immutable key, the kind and a scoped name such as `app/app-a`. Its
 * {@link #key()} (`subnet:app/app-a`) is the vertex id in every export format, so it must stay
 * stable and readable: diffs of exported graphs are reviewed by people.
 */
public record NetNode(Kind kind, String id) {
    public enum Kind {
        VPC("vpc"), SUBNET("subnet"), ROUTE_TABLE("rtb"), PEERING("pcx"), NAT_GATEWAY("nat"),
        NETWORK_INTERFACE("eni"), ENDPOINT("vpce"), INTERNET_GATEWAY("igw"), EGRESS_ONLY_INTERNET_GATEWAY("eigw"),
        VPN_GATEWAY("vgw"), TRANSIT_GATEWAY("tgw"), TGW_ROUTE_TABLE("tgw-rtb"), TGW_ATTACHMENT("tgw-attach"),
        DX_GATEWAY("dxgw"), ONPREM_SITE("onprem"), CONNECTION("conn"), ENDPOINT_SERVICE("vpce-svc");

        /** The key prefix and the `kind` attribute of exports; AWS's id prefixes where AWS has one. */
        public final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    public String key() {
        return kind.word + ":" + id;
    }

    @Override
    public String toString() {
        return key();
    }
}
