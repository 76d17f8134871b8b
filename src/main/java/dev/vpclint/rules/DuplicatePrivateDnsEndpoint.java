package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointService;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Vpc;
import java.util.HashMap;
import java.util.Map;

/**
 * Flags a second interface endpoint with private DNS for one service in one VPC: its private
 * hosted zone already exists, so AWS refuses it ("Access AWS services through AWS PrivateLink", Private DNS).
 */
@RuleInfo(id = "VL411", name = "duplicate-private-dns-endpoint", severity = Severity.ERROR,
        summary = "Two interface endpoints with private DNS for the same service in one VPC")
public final class DuplicatePrivateDnsEndpoint implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Network net = ctx.network();
        for (Vpc vpc : net.topology().vpcs().values()) {
            Map<String, Endpoint> firstByService = new HashMap<>();
            for (Endpoint e : vpc.endpoints().values()) {
                if (e.type() != EndpointType.INTERFACE || !e.privateDns() || !hasPrivateDnsName(net, e)) continue;
                String service = EndpointTargets.serviceKey(e, vpc);
                if (service == null) continue;
                Endpoint first = firstByService.putIfAbsent(service, e);
                if (first == null) continue;
                ctx.report("interface endpoints " + first.name() + " and " + e.name() + " in VPC " + vpc.name()
                                + " both enable private DNS for " + e.service() + ": the VPC can hold only one private hosted zone "
                                + "for the service's DNS name, so AWS refuses the second endpoint (\"conflicting DNS domain\"). Set private_dns: false on "
                                + e.name() + " (reach it by its endpoint-specific DNS name) or remove it.",
                        e.privateDnsLoc(), first.privateDnsLoc(), first.loc());
            }
        }
    }

    /** AWS services always have a private DNS name; an endpoint service only when its provider declares one. */
    private static boolean hasPrivateDnsName(Network net, Endpoint e) {
        if (e.service() instanceof ServiceRef.EndpointServiceRef ref) {
            EndpointService es = net.endpointService(ref.name());
            return es != null && es.privateDnsName() != null;
        }
        return e.service() instanceof ServiceRef.Aws;
    }
}
