package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointService;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.Ref;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.Vpc;
import dev.vpclint.rules.EndpointParts.PlacedSubnet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warns when an interface endpoint sits in one Availability Zone while its VPC (and, for an endpoint
 * service, the provider) offers more: an AZ outage cuts the VPC off from the service ("Interface VPC
 * endpoints" in the AWS PrivateLink guide, Availability Zone considerations).
 */
@RuleInfo(id = "VL404", name = "endpoint-single-az", severity = Severity.WARNING,
        summary = "An interface endpoint is in one Availability Zone while its VPC uses two or more")
public final class EndpointSingleAz implements Rule {

    @Override
    public void check(RuleContext ctx) {
        // Built once per VPC: a VPC may hold many endpoints and thousands of subnets.
        Map<String, Map<String, Subnet>> firstSubnetByAz = new HashMap<>();  // key: VPC and endpoint IP type
        for (EndpointParts.Placed p : EndpointParts.endpoints(ctx.network(), EndpointType.INTERFACE)) {
            Endpoint e = p.endpoint();
            Vpc vpc = p.vpc();
            List<PlacedSubnet> subnets = EndpointParts.subnets(vpc, e);
            if (subnets.isEmpty() || subnets.stream().map(s -> s.subnet().az()).distinct().count() != 1) continue;
            Subnet only = subnets.get(0).subnet();
            // AZs are compared only in the same form: a name and an ID may or may not be one zone.
            // Only subnets that can hold this endpoint's addresses: the advice must never lead into VL401.
            Map<String, Subnet> elsewhere = new LinkedHashMap<>(firstSubnetByAz.computeIfAbsent(vpc.name() + "/" + e.ipAddressType(),
                    k -> byAz(vpc, e.ipAddressType())));
            elsewhere.entrySet().removeIf(x -> x.getValue().azIsId() != only.azIsId() || x.getKey().equals(only.az()));
            Set<String> served = providerAzs(ctx.network(), e, vpc, only.azIsId());
            if (served != null) elsewhere.keySet().retainAll(served);
            if (elsewhere.isEmpty()) continue;
            Subnet other = elsewhere.values().iterator().next();
            ctx.report("endpoint " + e.name() + " in VPC " + vpc.name() + " has subnets only in " + only.az()
                    + " while the VPC also has subnets in " + String.join(", ", elsewhere.keySet())
                    + ": if " + only.az() + " fails, the VPC loses its path to the service. Add a subnet in another AZ"
                    + " (e.g. " + other.name() + ") to the endpoint's subnets.", subnets.get(0).ref().loc(), other.loc());
        }
    }

    private static Map<String, Subnet> byAz(Vpc vpc, dev.vpclint.model.IpAddressType type) {
        Map<String, Subnet> out = new LinkedHashMap<>();
        for (Subnet s : vpc.subnets().values()) {
            if (EndpointParts.canHold(s, type)) out.putIfAbsent(s.az(), s);
        }
        return out;
    }

    /** The AZs an endpoint service's load balancer serves, when comparable with the consumer's; null when unknown. */
    private static Set<String> providerAzs(Network network, Endpoint e, Vpc consumer, boolean ids) {
        if (!(e.service() instanceof ServiceRef.EndpointServiceRef ref)) return null;
        EndpointService service = network.endpointService(ref.name());
        if (service == null || service.vpc() == null || service.loadBalancer() == null) return null;
        Vpc provider = network.vpc(service.vpc().name());
        if (provider == null) return null;
        // AZ names map to different zones in different accounts; AZ IDs do not.
        if (!ids && !String.valueOf(provider.account()).equals(String.valueOf(consumer.account()))) return null;
        Set<String> azs = new TreeSet<>();
        for (Ref r : service.loadBalancer().subnets()) {
            Subnet s = provider.subnets().get(r.name());
            if (s == null || s.azIsId() != ids) return null;
            azs.add(s.az());
        }
        return azs;
    }
}
