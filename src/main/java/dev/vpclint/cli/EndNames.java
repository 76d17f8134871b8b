package dev.vpclint.cli;

import dev.vpclint.model.Suggest;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Topology;
import dev.vpclint.model.Vpc;
import java.util.Map;

/**
 * Whether the objects a `--from`/`--to` end names exist in the topology, with the nearest name as
 * a suggestion. AWS service names are not checked, as in intents: the service catalogue is not the
 * topology, and an unknown one is VL412's kind of finding.
 */
final class EndNames {
    private EndNames() {
    }

    /** A one-line message (`--from: no VPC 'ap' in the topology; did you mean 'app'?`), or "" when every name exists. */
    static String check(String option, IntentEnd end, Topology t) {
        return switch (end.kind()) {
            case VPC -> missing(option, end.name(), t.vpcs(), "VPC", "in the topology");
            case ONPREM -> missing(option, end.name(), t.onprem(), "on-prem site", "in the topology");
            case SUBNET -> inVpc(option, end, t, Vpc::subnets, "subnet");
            case ENI -> inVpc(option, end, t, Vpc::networkInterfaces, "network interface");
            case VPCE -> {
                String missing = inVpc(option, end, t, Vpc::endpoints, "endpoint");
                Endpoint e = missing.isEmpty() ? t.vpcs().get(end.name()).endpoints().get(end.subName()) : null;
                // Only interface endpoints have addresses; the others are hops towards their service.
                if (e == null || e.type() == EndpointType.INTERFACE || option.equals("--from")) yield missing;
                yield e.type() == EndpointType.GATEWAY
                        ? option + ": " + end + " is a gateway endpoint: a hop on the way to its service, not a destination; use " + option + " service/" + serviceName(e.service())
                        : option + ": " + end + " is a Gateway Load Balancer endpoint: a hop on the way to a destination beyond it; trace to that destination";
            }
            case SERVICE -> end.service() instanceof ServiceRef.EndpointServiceRef es
                    ? missing(option, es.name(), t.endpointServices(), "endpoint service", "in the topology") : "";
            case INTERNET, ADDRESS -> "";
        };
    }

    private static String serviceName(ServiceRef s) {
        return s instanceof ServiceRef.Aws aws ? aws.name() : s.toString();
    }

    private static String inVpc(String option, IntentEnd end, Topology t, java.util.function.Function<Vpc, Map<String, ?>> of, String what) {
        String vpc = missing(option, end.name(), t.vpcs(), "VPC", "in the topology");
        if (!vpc.isEmpty()) return vpc;
        return missing(option, end.subName(), of.apply(t.vpcs().get(end.name())), what, "in VPC " + end.name());
    }

    private static String missing(String option, String name, Map<String, ?> in, String what, String where) {
        if (in.containsKey(name)) return "";
        String near = Suggest.nearest(name, in.keySet());
        return option + ": no " + what + " '" + name + "' " + where + (near == null ? "" : "; did you mean '" + near + "'?");
    }
}
