package dev.vpclint.net;

import dev.vpclint.model.PortRange;
import dev.vpclint.model.RouteTarget;
import java.util.Set;

/** AWS facts the forwarding model depends on, each once, with the page that states it. */
public final class AwsFacts {
    private AwsFacts() {
    }

    /**
     * AWS reserves the first four addresses of every subnet ("Subnet CIDR blocks", Amazon VPC User
     * Guide), so the first address an interface can hold is the fifth: traces use it as a stand-in host.
     */
    public static final int FIRST_USABLE_HOST_OFFSET = 4;

    /**
     * The ephemeral ports a client's reply arrives on: network ACLs are stateless, and AWS advises
     * allowing 1024-65535 to cover every client OS and NAT gateways ("Network ACLs", ephemeral ports).
     */
    public static final PortRange EPHEMERAL_PORTS = new PortRange(1024, 65535);

    /**
     * Middlebox targets: the only targets of a route to exactly a subnet's CIDR inside the VPC (more
     * specific than the local route), and the only ones that may replace the local route's target
     * for a whole VPC CIDR ("Routing for a middlebox appliance", Amazon VPC User Guide: "replace the
     * target of the local route with a Gateway Load Balancer endpoint, NAT gateway, or network interface").
     */
    public static final Set<RouteTarget.Kind> MIDDLEBOX_TARGETS = Set.of(RouteTarget.Kind.NAT, RouteTarget.Kind.ENI, RouteTarget.Kind.VPCE);

    /**
     * The AWS-managed prefix list a gateway endpoint adds to its route tables, or null for services
     * without one: S3 and DynamoDB ("Gateway endpoints", Amazon VPC AWS PrivateLink guide).
     */
    public static String managedPrefixList(String service) {
        return service.equals("s3") || service.equals("dynamodb") ? service : null;
    }
}
