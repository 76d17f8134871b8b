package dev.vpclint.export;

import java.util.Locale;
import org.jgrapht.graph.DefaultEdge;

/**
 * A typed edge with a label saying what it carries (route destinations, `propagates`,
 * `associated`, allowed prefixes); empty for plain structure such as containment. Equality stays
 * identity: JGraphT's contract for edge objects, and a pseudograph may hold two equal-looking edges.
 */
public final class NetEdge extends DefaultEdge {
    public enum Kind {
        /** VPC -> its subnets, tables, gateways, endpoints; subnet -> NAT gateways and interfaces in it; TGW -> its route tables. */
        CONTAINS,
        /** subnet -> its route table (`associated`). */
        SUBNET_ROUTE_TABLE,
        /** route table -> a route's target (peering, TGW, NAT, ENI, GWLB endpoint, gateway), labelled with the destinations. */
        ROUTE_TARGET,
        /** virtual private gateway -> a route table that takes its routes (`propagate_vpn_routes`). */
        VGW_PROPAGATION,
        /** requester VPC -> peering -> accepter VPC. */
        PEERING,
        /** VPC -> TGW attachment -> transit gateway. */
        TGW_ATTACHMENT,
        /** TGW peering attachment -> the peer transit gateway. */
        TGW_PEERING,
        /** attachment -> its associated TGW route table. */
        TGW_ASSOCIATION,
        /** attachment -> a TGW route table it propagates into. */
        TGW_PROPAGATION,
        /** TGW route table -> the attachment its static routes send to, labelled with the destinations. */
        TGW_ROUTE,
        /** on-prem site -> its connection, labelled with the destinations the site routes over it (`bgp` when none are written). */
        ONPREM_ROUTE,
        /** connection -> the VGW, TGW attachment or DX gateway it lands on. */
        CONNECTION,
        /** DX gateway -> associated VGW or TGW attachment, labelled with the allowed prefixes. */
        DX_ASSOCIATION,
        /** endpoint -> subnet (interface, GWLB) or route table (gateway, labelled with its prefix list). */
        ENDPOINT_PLACEMENT,
        /** endpoint service -> its load balancer's subnets; endpoint -> endpoint service. */
        SERVICE;

        /** The `kind` attribute of exports. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;
    private final String label;

    public NetEdge(Kind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public NetEdge(Kind kind) {
        this(kind, "");
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }
}
