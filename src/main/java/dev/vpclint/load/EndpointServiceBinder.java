package dev.vpclint.load;

import dev.vpclint.model.Problem;
import dev.vpclint.load.YNode.Entry;
import dev.vpclint.model.EndpointService;
import dev.vpclint.model.IpAddressType;
import dev.vpclint.model.LoadBalancer;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Binds `endpoint_services` (PrivateLink providers). */
final class EndpointServiceBinder {
    private static final Set<String> SERVICE = Set.of("vpc", "load_balancer", "acceptance_required", "allowed_principals",
            "private_dns_name", "supported_ip_address_types", "supported_regions");
    private static final Set<String> LB = Set.of("type", "scheme", "subnets");
    private static final Set<String> DNS_NAME = Set.of("name", "verified");
    private static final List<String> IP_TYPES = List.of("ipv4", "dualstack", "ipv6");

    private final List<Problem> problems;
    private final BindSupport support;
    private final Fragment fragment;

    EndpointServiceBinder(List<Problem> problems, BindSupport support, Fragment fragment) {
        this.problems = problems;
        this.support = support;
        this.fragment = fragment;
    }

    Map<String, EndpointService> bind(Fields top) {
        Map<String, EndpointService> out = new LinkedHashMap<>();
        for (Entry e : top.named("endpoint_services")) {
            String path = "endpoint_services." + e.key();
            Loc loc = Fields.at(e.keyPos(), path);
            fragment.declare("endpoint_services", e.key(), loc);
            Fields f = Fields.of(e.value(), path, loc, SERVICE, problems);
            if (f == null) continue;
            Ref vpc = support.ref(f, "vpc", true);
            LoadBalancer lb = loadBalancer(f);
            Boolean acceptance = f.bool("acceptance_required");
            List<String> principals = strings(f, "allowed_principals");
            String dnsName = null;
            Boolean verified = null;
            if (f.has("private_dns_name")) {
                YNode n = f.node("private_dns_name");
                if (n instanceof YNode.YScalar) {
                    dnsName = f.string("private_dns_name", false);
                    verified = false;
                } else {
                    Fields d = Fields.of(n, f.childPath("private_dns_name"), f.fieldLoc("private_dns_name"), DNS_NAME, problems);
                    if (d != null) {
                        dnsName = d.string("name", true);
                        verified = d.bool("verified", false);
                    }
                }
            }
            List<IpAddressType> ipTypes = null;
            if (f.has("supported_ip_address_types")) {
                ipTypes = new ArrayList<>();
                for (String word : strings(f, "supported_ip_address_types")) {
                    int i = IP_TYPES.indexOf(word);
                    if (i < 0) f.problem("VL002", "supported IP address type must be ipv4 or ipv6, not '" + word + "'", f.fieldLoc("supported_ip_address_types"));
                    else if (IpAddressType.values()[i] == IpAddressType.DUALSTACK) f.problem("VL002", "an endpoint service supports ipv4 and/or ipv6; list both instead of 'dualstack'", f.fieldLoc("supported_ip_address_types"));
                    else ipTypes.add(IpAddressType.values()[i]);
                }
            }
            List<String> regions = strings(f, "supported_regions");
            if (f.broken() || lb == null) {
                fragment.broken.add("endpoint_service:" + e.key());
                continue;
            }
            out.put(e.key(), new EndpointService(e.key(), loc, vpc, lb, acceptance, f.fieldLoc("acceptance_required"),
                    principals, f.fieldLoc("allowed_principals"), dnsName, verified, f.fieldLoc("private_dns_name"),
                    ipTypes, f.fieldLoc("supported_ip_address_types"), regions, f.fieldLoc("supported_regions")));
        }
        return out;
    }

    private LoadBalancer loadBalancer(Fields f) {
        if (!f.has("load_balancer")) {
            f.problem("VL002", f.path + " lacks required field 'load_balancer'", f.loc);
            f.markBroken();
            return null;
        }
        Fields lb = Fields.of(f.node("load_balancer"), f.childPath("load_balancer"), f.fieldLoc("load_balancer"), LB, problems);
        if (lb == null) return null;
        int type = lb.choice("type", false, List.of("network", "gateway"));
        int scheme = lb.choice("scheme", false, List.of("internal", "internet-facing"));
        List<Ref> subnets = support.refList(lb, "subnets");
        if (!lb.has("subnets")) {
            lb.problem("VL002", lb.path + " lacks required field 'subnets'", lb.loc);
            return null;
        }
        if (type == 1 && scheme >= 0) {
            // CreateLoadBalancer: "You can't specify a scheme for a Gateway Load Balancer."
            lb.problem("VL002", "a Gateway Load Balancer has no scheme; remove 'scheme'", lb.fieldLoc("scheme"));
            scheme = -1;
        }
        return new LoadBalancer(lb.loc, type == 1, lb.fieldLoc("type"), scheme < 0 ? null : scheme == 1, lb.fieldLoc("scheme"), subnets);
    }

    private List<String> strings(Fields f, String key) {
        List<String> out = new ArrayList<>();
        List<YNode> items = f.list(key, false);
        for (int i = 0; i < items.size(); i++) {
            String s = Fields.stringItem(items.get(i), Fields.at(items.get(i), f.childPath(key) + "[" + i + "]"), problems);
            if (s != null) out.add(s);
        }
        return out;
    }
}
