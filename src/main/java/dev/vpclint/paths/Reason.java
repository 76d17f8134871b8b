package dev.vpclint.paths;

/**
 * Why a trace stops. Names are AWS Reachability Analyzer's explanation codes where RA has one
 * ("Reachability Analyzer explanation codes", Amazon VPC), so a trace can be compared with an RA
 * run; the others are vpclint's own, for what RA does not analyse (designs before deployment,
 * IPv6, several Regions) or does not name.
 */
public enum Reason {
    NO_ROUTE_TO_DESTINATION(true, "the route table has no route to the destination"),
    BAD_STATE(true, "this component is not in a functional state"),
    BAD_STATE_ROUTE(true, "the route is a blackhole"),
    PCX_REQUIRES_ADDRESS_IN_VPC_CIDR(true, "a peering carries traffic only to addresses inside the peer VPC (peering is not transitive)"),
    TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT(true, "the transit gateway route table has no route to the destination"),
    TGW_RTB_BAD_STATE_ROUTE(true, "the transit gateway route to the destination is a blackhole"),
    TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION(true, "the transit gateway attachment is associated with no route table"),
    TGW_ROUTE_AZ_RESTRICTION(true, "the VPC attachment has no subnet in the Availability Zone the traffic comes from"),
    ENI_SG_RULES_MISMATCH(true, "no security group rule admits the traffic"),
    SUBNET_ACL_RESTRICTION(true, "the subnet's network ACL does not admit the traffic"),
    ENI_SOURCE_DEST_CHECK_RESTRICTION(true, "the network interface has source/destination check on, so it drops traffic not addressed to it"),
    IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS(true, "the source has no public IP address, so the internet gateway drops its traffic"),
    IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS(true, "the destination has no public IP address, so the internet gateway cannot deliver to it"),
    IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS(true, "internet gateways drop traffic to private (RFC 1918, RFC 6598, unique local) addresses"),
    VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS(true, "traffic entering through a virtual private gateway can only reach addresses in the VPC"),
    NGW_SOURCE_ADDRESS_REASSIGN(true, "a NAT gateway on the reply's way rewrites its source, so the reply comes from an address the client never sent to"),
    VPCE_GATEWAY_PROTOCOL_RESTRICTION(true, "gateway endpoints carry only TCP and ICMP echo"),
    NO_POSSIBLE_DESTINATION(true, "nothing holds the destination address"),
    UNKNOWN_DESTINATION(true, "the destination address is in no VPC, subnet or on-prem site of the topology"),
    PCX_EDGE_TO_EDGE(false, "a peering never lends the peer's gateways or connections (edge-to-edge routing)"),
    VPCE_GATEWAY_FROM_OUTSIDE_VPC(false, "a gateway endpoint serves only traffic that starts in its own VPC"),
    DX_PREFIX_NOT_ALLOWED(false, "the Direct Connect gateway association does not allow the destination prefix"),
    DXGW_VPC_TO_VPC(false, "a Direct Connect gateway does not route between its associated gateways"),
    NO_INTERNET_GATEWAY(false, "the VPC has no internet gateway for this traffic"),
    EGRESS_ONLY(false, "an egress-only internet gateway does not admit traffic from the internet"),
    IPV6_NOT_SUPPORTED(false, "this component carries no IPv6 traffic"),
    NO_RETURN_ROUTE(false, "the reply has no route back to the source"),
    ROUTING_LOOP(false, "forwarding for the destination loops between route tables"),
    NOT_MODELLED(false, "vpclint does not model this component's forwarding"),
    UNKNOWN(false, "the topology does not state a fact the path depends on");

    /** True for Reachability Analyzer's own explanation codes. */
    public final boolean reachabilityAnalyzer;
    public final String meaning;

    Reason(boolean reachabilityAnalyzer, String meaning) {
        this.reachabilityAnalyzer = reachabilityAnalyzer;
        this.meaning = meaning;
    }

    /** Stops that say "cannot tell", not "cannot reach". */
    public boolean undecided() {
        return this == NOT_MODELLED || this == UNKNOWN || this == UNKNOWN_DESTINATION;
    }
}
