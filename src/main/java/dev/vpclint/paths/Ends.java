package dev.vpclint.paths;

import dev.vpclint.model.*;
import dev.vpclint.net.Address;
import dev.vpclint.net.AwsFacts;
import dev.vpclint.net.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the ends of a flow into concrete starts and goals, one per IP version each has. A subnet
 * or VPC end stands for the interfaces declared there (each its own start or goal, judged by its
 * own security groups); where none is declared, a stand-in host of the subnet with no security
 * groups evaluated. Errors (an end that cannot start or receive a flow) are returned as text.
 */
final class Ends {
    private final Network network;
    final List<String> errors = new ArrayList<>();

    Ends(Network network) {
        this.network = network;
    }

    List<Source> sources(IntentEnd end) {
        List<Source> out = new ArrayList<>();
        switch (end.kind()) {
            case VPC -> {
                Vpc v = network.vpc(end.name());
                if (v != null) for (Subnet s : v.subnets().values()) out.addAll(subnetSources(v, s, null));
            }
            case SUBNET -> {
                Vpc v = network.vpc(end.name());
                Subnet s = v == null ? null : v.subnets().get(end.subName());
                if (s != null) out.addAll(subnetSources(v, s, null));
            }
            case ENI -> {
                Vpc v = network.vpc(end.name());
                NetworkInterface eni = v == null ? null : v.networkInterfaces().get(end.subName());
                Subnet s = eni == null ? null : v.subnets().get(eni.subnet().name());
                if (s != null) out.addAll(interfaceSources(v, s, eni, null));
            }
            case ONPREM -> {
                OnpremSite site = network.topology().onprem().get(end.name());
                if (site != null) {
                    for (Cidr c : firstPerFamily(site.cidrs())) {
                        out.add(new Source(Source.Kind.SITE, null, null, site.name(), new Address.Host(c.hostAt(1)), null, false, "onprem/" + site.name(), site.loc()));
                    }
                }
            }
            case INTERNET -> {
                out.add(new Source(Source.Kind.INTERNET, null, null, null, new Address.AnyPublic(false), null, true, "internet", end.loc()));
                out.add(new Source(Source.Kind.INTERNET, null, null, null, new Address.AnyPublic(true), null, true, "internet", end.loc()));
            }
            case ADDRESS -> out.addAll(addressSources(end));
            case VPCE -> errors.add(end + ": an endpoint does not start flows (trace from its clients)");
            case SERVICE -> errors.add(end + ": a service does not start flows");
        }
        if (out.isEmpty() && errors.isEmpty()) errors.add(end + ": no address to start from (does it exist, with a subnet?)");
        return out;
    }

    List<Goal> goals(IntentEnd end) {
        List<Goal> out = new ArrayList<>();
        switch (end.kind()) {
            case VPC -> {
                Vpc v = network.vpc(end.name());
                if (v != null) for (Subnet s : v.subnets().values()) out.addAll(subnetGoals(v, s));
            }
            case SUBNET -> {
                Vpc v = network.vpc(end.name());
                Subnet s = v == null ? null : v.subnets().get(end.subName());
                if (s != null) out.addAll(subnetGoals(v, s));
            }
            case ENI -> {
                Vpc v = network.vpc(end.name());
                NetworkInterface eni = v == null ? null : v.networkInterfaces().get(end.subName());
                Subnet s = eni == null ? null : v.subnets().get(eni.subnet().name());
                if (s != null) for (Source src : interfaceSources(v, s, eni, null)) out.add(src.asGoal());
            }
            case VPCE -> {
                Vpc v = network.vpc(end.name());
                Endpoint e = v == null ? null : v.endpoints().get(end.subName());
                if (e != null && e.type() != EndpointType.INTERFACE) {
                    errors.add(end + ": only interface endpoints receive flows; name a " + e.type().word + " endpoint in `through` instead");
                } else if (e != null) out.addAll(endpointGoals(v, e));
            }
            case ONPREM -> {
                OnpremSite site = network.topology().onprem().get(end.name());
                if (site != null) {
                    for (Cidr c : firstPerFamily(site.cidrs())) {
                        out.add(new Goal(Goal.Kind.SITE, null, null, site.name(), null, new Address.Host(c.hostAt(1)), null, false, "onprem/" + site.name(), site.loc()));
                    }
                }
            }
            case INTERNET -> {
                out.add(new Goal(Goal.Kind.INTERNET, null, null, null, null, new Address.AnyPublic(false), null, false, "internet", end.loc()));
                out.add(new Goal(Goal.Kind.INTERNET, null, null, null, null, new Address.AnyPublic(true), null, false, "internet", end.loc()));
            }
            case SERVICE -> {
                // The same service is asked for by many intents: its goals are built once per network.
                Map<String, List<Goal>> cache = network.derived(ServiceGoals.class, n -> new java.util.concurrent.ConcurrentHashMap<String, List<Goal>>());
                out.addAll(cache.computeIfAbsent(serviceKey(end.service()), k -> serviceGoals(end)));
            }
            case ADDRESS -> {
                for (Source s : addressSources(end)) out.add(s.asGoal());
            }
        }
        if (out.isEmpty() && errors.isEmpty()) errors.add(end + ": nothing there can receive the flow");
        return out;
    }

    private List<Source> subnetSources(Vpc v, Subnet s, Cidr only) {
        List<Source> out = new ArrayList<>();
        for (NetworkInterface eni : v.networkInterfaces().values()) {
            if (eni.subnet().name().equals(s.name())) out.addAll(interfaceSources(v, s, eni, only));
        }
        if (!out.isEmpty()) return out;
        for (Cidr host : hosts(v, s, Hosts.SUBNET_HOST, only)) {
            out.add(new Source(Source.Kind.HOST, v.name(), s.name(), null, new Address.Host(host), null, s.mapPublicIp(),
                    "subnet/" + v.name() + "/" + s.name(), s.loc()));
        }
        return out;
    }

    private List<Source> interfaceSources(Vpc v, Subnet s, NetworkInterface eni, Cidr only) {
        List<SecurityGroup> groups = new ArrayList<>();
        if (eni.securityGroups().isEmpty()) groups.add(v.securityGroups().get(SecurityGroup.DEFAULT_NAME));
        for (Ref r : eni.securityGroups()) {
            SecurityGroup g = v.securityGroups().get(r.name());
            if (g != null) groups.add(g);
        }
        List<Source> out = new ArrayList<>();
        for (Cidr host : hosts(v, s, "eni/" + v.name() + "/" + eni.name(), only)) {
            out.add(new Source(Source.Kind.HOST, v.name(), s.name(), null, new Address.Host(host), groups, eni.publicIp() || s.mapPublicIp(),
                    "eni/" + v.name() + "/" + eni.name(), eni.loc()));
        }
        return out;
    }

    private List<Goal> subnetGoals(Vpc v, Subnet s) {
        return subnetSources(v, s, null).stream().map(Source::asGoal).toList();
    }

    /** An interface endpoint's network interfaces: one per subnet, of the IP versions its address type gives it. */
    private List<Goal> endpointGoals(Vpc v, Endpoint e) {
        List<SecurityGroup> groups = new ArrayList<>();
        if (e.securityGroups().isEmpty()) groups.add(v.securityGroups().get(SecurityGroup.DEFAULT_NAME));
        for (Ref r : e.securityGroups()) {
            SecurityGroup g = v.securityGroups().get(r.name());
            if (g != null) groups.add(g);
        }
        List<Goal> out = new ArrayList<>();
        for (Ref r : e.subnets()) {
            Subnet s = v.subnets().get(r.name());
            if (s == null) continue;
            boolean v4 = e.ipAddressType() != IpAddressType.IPV6 && s.cidr() != null;
            boolean v6 = e.ipAddressType() != IpAddressType.IPV4 && s.ipv6Cidr() != null;
            for (Cidr host : hosts(v, s, "vpce/" + v.name() + "/" + e.name(), null)) {
                if (host.isIpv4() ? !v4 : !v6) continue;
                out.add(new Goal(Goal.Kind.HOST, v.name(), s.name(), null, null, new Address.Host(host), groups, false,
                        "vpce/" + v.name() + "/" + e.name(), e.loc()));
            }
        }
        return out;
    }

    /** A service: every interface endpoint for it, and for an AWS service its public or prefix-list addresses. */
    private List<Goal> serviceGoals(IntentEnd end) {
        List<Goal> out = new ArrayList<>();
        Map<String, List<Map.Entry<Vpc, Endpoint>>> byService = network.derived(Ends.class, Ends::interfaceEndpointsByService);
        for (Map.Entry<Vpc, Endpoint> e : byService.getOrDefault(serviceKey(end.service()), List.of())) out.addAll(endpointGoals(e.getKey(), e.getValue()));
        if (end.service() instanceof ServiceRef.Aws aws) {
            String list = AwsFacts.managedPrefixList(aws.name());
            out.add(new Goal(Goal.Kind.SERVICE, null, null, null, aws.name(), new Address.Service(aws.name(), list, false), null, false,
                    "service/" + aws.name(), end.loc()));
        }
        return out;
    }

    /** The key of the per-network cache of service goals. */
    private static final class ServiceGoals {
    }

    /** Interface endpoints by the service they connect to, built once per network: a service trace is an index look-up. */
    private static Map<String, List<Map.Entry<Vpc, Endpoint>>> interfaceEndpointsByService(Network network) {
        Map<String, List<Map.Entry<Vpc, Endpoint>>> out = new java.util.HashMap<>();
        for (Vpc v : network.topology().vpcs().values()) {
            for (Endpoint e : v.endpoints().values()) {
                if (e.type() == EndpointType.INTERFACE) out.computeIfAbsent(serviceKey(e.service()), k -> new ArrayList<>()).add(Map.entry(v, e));
            }
        }
        return out;
    }

    /** An AWS service by its short name whatever Region a full name gives; an endpoint service by its name. */
    private static String serviceKey(ServiceRef s) {
        return s instanceof ServiceRef.Aws a ? a.name() : "endpoint_service/" + ((ServiceRef.EndpointServiceRef) s).name();
    }

    private List<Source> addressSources(IntentEnd end) {
        Cidr c = end.cidr();
        List<Source> out = new ArrayList<>();
        for (Vpc v : network.vpcsOverlapping(c)) {
            for (Subnet s : v.subnets().values()) {
                for (LocatedCidr sc : subnetCidrs(s)) {
                    if (sc.cidr().overlaps(c)) out.addAll(subnetSources(v, s, c));
                }
            }
        }
        if (!out.isEmpty()) return out;
        Cidr host = c.hostAt(c.isHost() ? 0 : 1);
        for (OnpremSite site : network.sitesAt(host)) {
            out.add(new Source(Source.Kind.SITE, null, null, site.name(), new Address.Host(host), null, false, "onprem/" + site.name(), site.loc()));
        }
        if (out.isEmpty() && !PrivateRanges.isPrivate(c) && network.vpcsOverlapping(c).isEmpty()) {
            out.add(new Source(Source.Kind.INTERNET, null, null, null, new Address.Host(host), null, true, "internet", end.loc()));
        }
        if (out.isEmpty()) errors.add(end + ": the address is in no subnet, on-prem site or public range of the topology (" + Reason.UNKNOWN_DESTINATION + ")");
        return out;
    }

    /** The addresses of `object` in subnet `s`, one per IP version, inside `only` when given. */
    private List<Cidr> hosts(Vpc v, Subnet s, String object, Cidr only) {
        List<Cidr> out = new ArrayList<>();
        for (LocatedCidr sc : subnetCidrs(s)) {
            Cidr net = sc.cidr();
            Cidr own = Hosts.of(network, v, s, object, net.isIpv6());
            if (only == null || only.contains(net)) out.add(own);
            else if (net.contains(only)) out.add(only.contains(own) ? own : only.isHost() ? only : only.hostAt(0));
        }
        return out;
    }

    private static List<LocatedCidr> subnetCidrs(Subnet s) {
        List<LocatedCidr> out = new ArrayList<>();
        if (s.cidr() != null) out.add(s.cidr());
        if (s.ipv6Cidr() != null) out.add(s.ipv6Cidr());
        return out;
    }

    private static List<Cidr> firstPerFamily(List<LocatedCidr> cidrs) {
        List<Cidr> out = new ArrayList<>();
        cidrs.stream().map(LocatedCidr::cidr).filter(Cidr::isIpv4).findFirst().ifPresent(out::add);
        cidrs.stream().map(LocatedCidr::cidr).filter(Cidr::isIpv6).findFirst().ifPresent(out::add);
        return out;
    }
}
