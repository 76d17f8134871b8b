package dev.vpclint.export;

import org.jgrapht.graph.DefaultEdge;

/** A typed edge; equality stays identity (JGraphT's contract for edge objects). */
public final class NetEdge extends DefaultEdge {
    public enum Kind {
        /** VPC -> its subnets, tables, gateways, endpoints. */
        CONTAINS,
        /** subnet -> its route table. */
        SUBNET_ROUTE_TABLE,
        /** route table -> a route's named target (peering, TGW, NAT, ENI, GWLB endpoint, gateway). */
        ROUTE_TARGET,
        /** VPC <-> peering, both directions. */
        PEERING,
        /** VPC -> TGW attachment -> transit gateway. */
        TGW_ATTACHMENT,
        /** attachment -> its associated TGW route table. */
        TGW_ASSOCIATION,
        /** attachment -> a TGW route table it propagates into. */
        TGW_PROPAGATION,
        /** TGW route table -> the attachment a static route sends to. */
        TGW_ROUTE,
        /** connection -> the VGW, TGW attachment or DX gateway it lands on; site -> connection. */
        CONNECTION,
        /** DX gateway -> associated VGW or TGW attachment. */
        DX_ASSOCIATION,
        /** endpoint -> subnet (interface, GWLB) or route table (gateway). */
        ENDPOINT_PLACEMENT,
        /** endpoint service -> its VPC's load-balancer subnets; endpoint -> endpoint service. */
        SERVICE
    }

    private final Kind kind;

    public NetEdge(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
