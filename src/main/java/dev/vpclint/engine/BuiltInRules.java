package dev.vpclint.engine;

import dev.vpclint.rules.*;
import java.util.List;

/**
 * The one registry of built-in rules, sorted by id (a test enforces the order and that every rule
 * has its doc and fixtures). No classpath scanning: adding a rule means adding a line here.
 */
public final class BuiltInRules {
    private BuiltInRules() {
    }

    /** Array syntax so every line, the last included, ends in a comma: adding a rule touches one line. */
    private static final Rule[] RULES = {
            // VL0xx input
            new YamlSyntax(),
            new SchemaViolation(),
            new UnknownField(),
            new DuplicateName(),
            new DanglingReference(),
            new IncludeError(),
            new IgnoreWithoutReason(),
            // end VL0xx

            // VL1xx addressing
            new VpcCidrSize(),
            new VpcCidrRestrictedAssociation(),
            new VpcCidrsOverlap(),
            new SubnetOutsideVpc(),
            new SubnetsOverlap(),
            new PeeredCidrsOverlap(),
            new VpcCidrCoversRoute(),
            new RouteToReservedRange(),
            new RouteMoreSpecificThanLocal(),
            new VpcOverlapsOnprem(),
            new VpcCidrQuota(),
            // end VL1xx

            // VL2xx routing and peering
            new TransitivePeering(),
            new PeeringEdgeToEdge(),
            new PeeringRouteOneSided(),
            new PeeringNotActive(),
            new DuplicatePeering(),
            new RouteTargetNotInVpc(),
            new BlackholeRoute(),
            new DuplicateRoute(),
            new PeeringSgReference(),
            // end VL2xx

            // VL3xx gateway endpoints
            new GatewayEndpointFromOnprem(),
            new GatewayEndpointFromPeer(),
            new GatewayEndpointService(),
            new GatewayEndpointRegion(),
            new GatewayEndpointDuplicateRoute(),
            new GatewayEndpointUnused(),
            new GatewayEndpointDns(),
            // end VL3xx

            // VL401-VL407 interface endpoints: IP types, DNS, AZs, security groups
            new EndpointIpType(),
            new PrivateDnsNeedsVpcDns(),
            new EndpointSubnetsSameAz(),
            new EndpointSingleAz(),
            new EndpointSgOpen(),
            new EndpointSgBlocksVpc(),
            new EndpointDefaultSg(),
            // end VL401-VL407

            // VL408-VL413 interface and GWLB endpoints: Regions, GWLB, services
            new EndpointCrossRegion(),
            new GwlbEndpointSubnets(),
            new GwlbEndpointDuplicateAz(),
            new DuplicatePrivateDnsEndpoint(),
            new UnknownService(),
            new EndpointTypeMismatch(),
            // end VL408-VL413

            // VL901-VL905 declared flows, checked by the path engine
            new IntentUnreachable(),
            new IntentNotIsolated(),
            new RoutingLoop(),
            new IntentBypassesInspection(),
            new IntentUndecided(),
            // end VL9xx
    };

    public static final List<Rule> ALL = List.of(RULES);

    /** The rule with this id or name, or null. */
    public static Rule find(String idOrName) {
        for (Rule r : ALL) {
            if (r.info().id().equalsIgnoreCase(idOrName) || r.info().name().equalsIgnoreCase(idOrName)) return r;
        }
        return null;
    }
}
