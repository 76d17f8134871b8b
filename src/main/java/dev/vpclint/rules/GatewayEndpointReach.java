package dev.vpclint.rules;

import dev.vpclint.net.Network;
import dev.vpclint.model.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Where S3 / DynamoDB traffic from outside a VPC (on-prem, a peer, a TGW spoke) would end up, and
 * whether it would meet a gateway endpoint there. Gateway endpoints serve only traffic that starts
 * in their own VPC ("Gateway endpoints for Amazon S3": no access from on-premises networks, peered
 * VPCs or through a transit gateway); interface endpoints serve all of those, so a VPC that has one
 * for the service is never a dead end here.
 */
final class GatewayEndpointReach {
    private GatewayEndpointReach() {
    }

    /** One place traffic lands: a VPC, how it got there, and the gateway endpoint it would need (null: it has another way). */
    record Landing(Vpc vpc, String via, Loc viaLoc, Endpoint gatewayEndpoint) {
        boolean deadEnd() {
            return gatewayEndpoint != null;
        }
    }

    /** `s3` / `dynamodb` for the AWS-managed prefix lists, else null. */
    static String serviceOf(Destination d) {
        return d instanceof Destination.OfPrefixList pl && pl.isAwsManaged() ? pl.name() : null;
    }

    static String title(String service) {
        return service.equals("s3") ? "S3" : "DynamoDB";
    }

    static boolean isFor(Endpoint e, String service) {
        return e.service() instanceof ServiceRef.Aws aws && aws.name().equals(service);
    }

    /** The VPC's first gateway endpoint for `service` when that is its only way there (no interface endpoint for it), else null. */
    static Endpoint gatewayOnly(Vpc vpc, String service) {
        Endpoint gateway = null;
        for (Endpoint e : vpc.endpoints().values()) {
            if (!isFor(e, service)) continue;
            if (e.type() == EndpointType.INTERFACE) return null;
            if (e.type() == EndpointType.GATEWAY && gateway == null) gateway = e;
        }
        return gateway;
    }

    /** Where traffic a connection carries for `service` lands: VGW VPCs, DX-gateway VPCs, and VPCs behind the TGW. */
    static List<Landing> landings(Network network, Connection c, String service) {
        List<Landing> out = new ArrayList<>();
        Network.Landing landing = network.landingOf(c);
        for (String name : landing.vgwVpcs()) {
            Vpc v = network.vpc(name);
            if (v == null) continue;
            String via = c.vpc() != null ? "its virtual private gateway" : "Direct Connect gateway " + c.directConnectGateway().name();
            out.add(new Landing(v, via, c.loc(), gatewayOnly(v, service)));
        }
        for (TgwAttachment a : landing.tgwAttachments()) {
            if (a.routeTable() == null) continue;
            Landing l = throughTgw(network, a.transitGateway(), a.routeTable().name(), service);
            if (l != null) out.add(l);
        }
        return out;
    }

    /**
     * The VPC a TGW route table sends `pl/service` traffic to: a static route to that prefix list,
     * else the default route (propagated routes carry VPC CIDRs, never AWS prefix lists). It is a
     * dead end when the attachment subnets' route tables send the traffic straight to a gateway
     * endpoint; a hub that sends it through its own NAT gateway first works, and is not one.
     */
    static Landing throughTgw(Network network, String tgw, String routeTable, String service) {
        TransitGateway t = network.topology().transitGateways().get(tgw);
        TgwRouteTable table = t == null ? null : t.routeTables().get(routeTable);
        if (table == null) return null;
        TgwRoute chosen = null;
        for (TgwRoute r : table.routes()) {
            if (service.equals(serviceOf(r.destination()))) {
                chosen = r;
                break;
            }
            if (chosen == null && Cidr.IPV4_ANY.equals(r.destination().cidrOrNull())) chosen = r;
        }
        if (chosen == null || chosen.isBlackhole()) return null;
        TgwAttachment att = network.attachmentsOf(tgw).get(chosen.target());
        if (att == null || att.kind() != TgwAttachment.Kind.VPC || att.vpc() == null) return null;
        Vpc v = network.vpc(att.vpc().name());
        if (v == null) return null;
        String via = "transit gateway " + tgw + " (route table " + routeTable + ", attachment " + att.name() + ")";
        return new Landing(v, via, chosen.loc(), gatewayOnly(v, service) == null ? null : directGateway(network, v, att, service));
    }

    /** The gateway endpoint for `service` associated with a route table of the attachment's subnets, or null. */
    private static Endpoint directGateway(Network network, Vpc v, TgwAttachment att, String service) {
        for (Ref s : att.subnets()) {
            Subnet subnet = v.subnets().get(s.name());
            RouteTable rt = subnet == null ? null : network.routeTableOf(subnet);
            if (rt == null) continue;
            for (Endpoint e : v.endpoints().values()) {
                if (e.type() != EndpointType.GATEWAY || !isFor(e, service)) continue;
                for (Ref t : e.routeTables()) {
                    if (t.name().equals(rt.name())) return e;
                }
            }
        }
        return null;
    }
}
