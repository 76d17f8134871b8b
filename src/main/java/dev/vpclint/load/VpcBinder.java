package dev.vpclint.load;

import dev.vpclint.load.YNode.Entry;
import dev.vpclint.model.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds one `vpcs.NAME` mapping as written. AWS's implicit objects (main table, default group and
 * ACL, allow-all egress) are added later, once, by net/AwsDefaults; the DNS attribute defaults stay
 * here because they are values of written fields, not objects.
 */
final class VpcBinder {
    private static final Set<String> VPC = Set.of("cidrs", "region", "account", "ipv6_cidrs", "dns", "internet_gateway",
            "egress_only_internet_gateway", "vpn_gateway", "subnets", "route_tables", "nat_gateways",
            "network_interfaces", "endpoints", "security_groups", "network_acls");
    private static final Set<String> DNS = Set.of("support", "hostnames");
    private static final Set<String> SUBNET = Set.of("cidr", "ipv6_cidr", "az", "route_table", "network_acl", "map_public_ip");
    private static final Set<String> ROUTE_TABLE = Set.of("main", "routes", "propagate_vpn_routes");
    private static final Set<String> ROUTE = Set.of("destination", "target");
    private static final Set<String> NAT = Set.of("subnet", "connectivity");
    private static final Set<String> ENI = Set.of("subnet", "security_groups", "source_dest_check", "public_ip");
    private static final Set<String> SG = Set.of("ingress", "egress", "description");
    private static final Set<String> SG_INGRESS = Set.of("protocol", "ports", "source", "description");
    private static final Set<String> SG_EGRESS = Set.of("protocol", "ports", "destination", "description");
    private static final Set<String> NACL = Set.of("ingress", "egress");
    private static final Set<String> NACL_ENTRY = Set.of("rule", "action", "protocol", "ports", "cidr");

    private final List<Problem> problems;
    private final Fragment fragment;
    private final BindSupport support;

    VpcBinder(List<Problem> problems, Fragment fragment) {
        this.problems = problems;
        this.fragment = fragment;
        this.support = new BindSupport(problems);
    }

    Vpc bind(Entry e, String path) {
        Loc loc = Fields.at(e.keyPos(), path);
        Fields f = Fields.of(e.value(), path, loc, VPC, problems);
        if (f == null) return null;
        String name = e.key();
        List<LocatedCidr> cidrs = support.cidrList(f, "cidrs", true);
        if (f.has("cidrs") && cidrs.isEmpty() && !f.broken()) {
            f.problem("VL002", "VPC " + name + " needs at least one IPv4 CIDR in 'cidrs'", f.fieldLoc("cidrs"));
            f.markBroken();
        }
        List<LocatedCidr> ipv6 = support.cidrList(f, "ipv6_cidrs", false);
        checkVersions(cidrs, true);
        checkVersions(ipv6, false);
        String region = f.string("region", false);
        String account = f.string("account", false);
        Dns dns = dns(f);
        Gateway igw = gateway(f, "internet_gateway", name + "-igw");
        Gateway eigw = gateway(f, "egress_only_internet_gateway", name + "-eigw");
        Gateway vgw = gateway(f, "vpn_gateway", name + "-vgw");

        Map<String, RouteTable> tables = routeTables(f, name);
        Map<String, Subnet> subnets = subnets(f, name);
        Map<String, NatGateway> nats = new LinkedHashMap<>();
        for (Entry n : f.named("nat_gateways")) {
            String p = f.childPath("nat_gateways") + "." + n.key();
            Fields nf = Fields.of(n.value(), p, Fields.at(n.keyPos(), p), NAT, problems);
            if (nf == null) continue;
            Ref subnet = support.ref(nf, "subnet", true);
            int conn = nf.choice("connectivity", false, List.of("public", "private"));
            if (nf.broken()) fragment.broken.add("nat:" + name + "/" + n.key());
            else nats.put(n.key(), new NatGateway(n.key(), name, nf.loc, subnet, conn < 0 ? null : conn == 0));
        }
        Map<String, NetworkInterface> enis = new LinkedHashMap<>();
        for (Entry n : f.named("network_interfaces")) {
            String p = f.childPath("network_interfaces") + "." + n.key();
            Fields nf = Fields.of(n.value(), p, Fields.at(n.keyPos(), p), ENI, problems);
            if (nf == null) continue;
            Ref subnet = support.ref(nf, "subnet", true);
            List<Ref> groups = support.refList(nf, "security_groups");
            boolean check = nf.bool("source_dest_check", true);
            boolean publicIp = nf.bool("public_ip", false);
            if (nf.broken()) fragment.broken.add("eni:" + name + "/" + n.key());
            else enis.put(n.key(), new NetworkInterface(n.key(), name, nf.loc, subnet, groups, check, publicIp));
        }
        Map<String, SecurityGroup> groups = securityGroups(f, name);
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        EndpointBinder endpointBinder = new EndpointBinder(problems, support);
        for (Entry n : f.named("endpoints")) {
            Endpoint ep = endpointBinder.bind(n, f.childPath("endpoints") + "." + n.key(), name);
            if (ep == null) fragment.broken.add("vpce:" + name + "/" + n.key());
            else endpoints.put(n.key(), ep);
        }
        Map<String, NetworkAcl> acls = networkAcls(f, name);
        if (f.broken()) return null;
        return new Vpc(name, loc, region, account, cidrs, ipv6, dns, igw, eigw, vgw, subnets, tables, nats, enis,
                endpoints, groups, acls);
    }

    private void checkVersions(List<LocatedCidr> list, boolean wantIpv4) {
        for (LocatedCidr c : list) {
            if (c.cidr().isIpv4() != wantIpv4) {
                problems.add(new Problem("VL002", (wantIpv4 ? "'cidrs' holds IPv4 CIDRs; put " + c.cidr() + " in 'ipv6_cidrs'"
                        : "'ipv6_cidrs' holds IPv6 CIDRs; put " + c.cidr() + " in 'cidrs'"), c.loc()));
            }
        }
        list.removeIf(c -> c.cidr().isIpv4() != wantIpv4);
    }

    private Dns dns(Fields f) {
        if (!f.has("dns")) return new Dns(null, null, f.loc, f.loc);
        Fields d = Fields.of(f.node("dns"), f.childPath("dns"), f.fieldLoc("dns"), DNS, problems);
        if (d == null) return new Dns(null, null, f.loc, f.loc);
        return new Dns(d.bool("support"), d.bool("hostnames"), d.fieldLoc("support"), d.fieldLoc("hostnames"));
    }

    /** `true` = a gateway named after the VPC, a string = its name, absent or `false` = none. */
    private Gateway gateway(Fields f, String key, String defaultName) {
        YNode n = f.node(key);
        if (n == null) return null;
        if (n instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.BOOL) {
            return s.text().equals("true") ? new Gateway(defaultName, f.fieldLoc(key)) : null;
        }
        String name = f.string(key, false);
        return name == null ? null : new Gateway(name, f.fieldLoc(key));
    }

    private Map<String, RouteTable> routeTables(Fields f, String vpc) {
        Map<String, RouteTable> out = new LinkedHashMap<>();
        Loc firstMain = null;
        for (Entry n : f.named("route_tables")) {
            String p = f.childPath("route_tables") + "." + n.key();
            Fields tf = Fields.of(n.value(), p, Fields.at(n.keyPos(), p), ROUTE_TABLE, problems);
            if (tf == null) continue;
            boolean main = tf.bool("main", false);
            if (main && firstMain != null) {
                problems.add(new Problem("VL002", "VPC " + vpc + " has a second main route table " + n.key()
                        + "; a VPC has exactly one main table", tf.fieldLoc("main"), List.of(firstMain)));
                main = false;
            } else if (main) {
                firstMain = tf.fieldLoc("main");
            }
            boolean propagate = tf.bool("propagate_vpn_routes", false);
            List<Route> routes = new ArrayList<>();
            List<YNode> items = tf.list("routes", false);
            for (int i = 0; i < items.size(); i++) {
                Route r = route(items.get(i), tf.childPath("routes") + "[" + i + "]");
                if (r != null) routes.add(r);
            }
            out.put(n.key(), new RouteTable(n.key(), vpc, tf.loc, main, false, propagate, routes));
        }
        return out;
    }

    private Route route(YNode item, String path) {
        Fields rf = Fields.of(item, path, Fields.at(item, path), ROUTE, problems);
        if (rf == null) return null;
        Destination dest = support.destination(rf, "destination");
        RouteTarget target = support.parsed(rf, "target", (syntax, text) -> syntax.routeTarget(text));
        if (dest == null || target == null) return null;
        return new Route(rf.loc, dest, rf.fieldLoc("destination"), target, rf.fieldLoc("target"));
    }

    private Map<String, Subnet> subnets(Fields f, String vpc) {
        Map<String, Subnet> out = new LinkedHashMap<>();
        for (Entry n : f.named("subnets")) {
            String p = f.childPath("subnets") + "." + n.key();
            Fields sf = Fields.of(n.value(), p, Fields.at(n.keyPos(), p), SUBNET, problems);
            if (sf == null) continue;
            boolean v6Only = !sf.has("cidr") && sf.has("ipv6_cidr");
            Cidr v4 = sf.cidr("cidr", !v6Only);
            Cidr v6 = sf.cidr("ipv6_cidr", false);
            if (v4 != null && !v4.isIpv4()) {
                sf.problem("VL002", "'cidr' must be IPv4; put " + v4 + " in 'ipv6_cidr'", sf.fieldLoc("cidr"));
                sf.markBroken();
            }
            if (v6 != null && !v6.isIpv6()) {
                sf.problem("VL002", "'ipv6_cidr' must be IPv6, not " + v6, sf.fieldLoc("ipv6_cidr"));
                sf.markBroken();
            }
            String az = sf.string("az", true);
            Ref table = support.ref(sf, "route_table", false);
            Ref acl = support.ref(sf, "network_acl", false);
            boolean mapPublicIp = sf.bool("map_public_ip", false);
            if (sf.broken()) {
                fragment.broken.add("subnet:" + vpc + "/" + n.key());
                continue;
            }
            out.put(n.key(), new Subnet(n.key(), vpc, sf.loc, v4 == null ? null : new LocatedCidr(v4, sf.fieldLoc("cidr")),
                    v6 == null ? null : new LocatedCidr(v6, sf.fieldLoc("ipv6_cidr")), az, sf.fieldLoc("az"), table,
                    false, acl, mapPublicIp));
        }
        return out;
    }

    private Map<String, SecurityGroup> securityGroups(Fields f, String vpc) {
        Map<String, SecurityGroup> out = new LinkedHashMap<>();
        for (Entry n : f.named("security_groups")) {
            String p = f.childPath("security_groups") + "." + n.key();
            Fields gf = Fields.of(n.value(), p, Fields.at(n.keyPos(), p), SG, problems);
            if (gf == null) continue;
            List<SgRule> ingress = sgRules(gf, "ingress", "source", SG_INGRESS, vpc);
            boolean egressWritten = gf.has("egress");
            List<SgRule> egress = egressWritten ? sgRules(gf, "egress", "destination", SG_EGRESS, vpc) : List.of();
            gf.string("description", false);
            out.put(n.key(), new SecurityGroup(n.key(), vpc, gf.loc, ingress, egress, egressWritten, false));
        }
        return out;
    }

    private List<SgRule> sgRules(Fields gf, String key, String peerKey, Set<String> known, String vpc) {
        List<SgRule> out = new ArrayList<>();
        List<YNode> items = gf.list(key, false);
        for (int i = 0; i < items.size(); i++) {
            String p = gf.childPath(key) + "[" + i + "]";
            Fields rf = Fields.of(items.get(i), p, Fields.at(items.get(i), p), known, problems);
            if (rf == null) continue;
            Protocol protocol = support.protocol(rf);
            PortRange ports = support.ports(rf, "ports");
            SgPeer peer = support.parsed(rf, peerKey, (syntax, text) -> syntax.sgPeer(text, vpc));
            rf.string("description", false);
            if (protocol != null && ports != null && peer != null) {
                out.add(new SgRule(rf.loc, protocol, ports, peer, rf.fieldLoc(peerKey)));
            }
        }
        return out;
    }

    private Map<String, NetworkAcl> networkAcls(Fields f, String vpc) {
        Map<String, NetworkAcl> out = new LinkedHashMap<>();
        for (Entry n : f.named("network_acls")) {
            String p = f.childPath("network_acls") + "." + n.key();
            Fields af = Fields.of(n.value(), p, Fields.at(n.keyPos(), p), NACL, problems);
            if (af == null) continue;
            out.put(n.key(), new NetworkAcl(n.key(), vpc, af.loc, naclEntries(af, "ingress"), naclEntries(af, "egress")));
        }
        return out;
    }

    private List<NaclEntry> naclEntries(Fields af, String key) {
        List<NaclEntry> out = new ArrayList<>();
        List<YNode> items = af.list(key, false);
        for (int i = 0; i < items.size(); i++) {
            String p = af.childPath(key) + "[" + i + "]";
            Fields ef = Fields.of(items.get(i), p, Fields.at(items.get(i), p), NACL_ENTRY, problems);
            if (ef == null) continue;
            Long number = ef.integer("rule", true, 1, 32766);
            int action = ef.choice("action", true, List.of("allow", "deny"));
            Protocol protocol = support.protocol(ef);
            PortRange ports = support.ports(ef, "ports");
            Cidr cidr = ef.cidr("cidr", true);
            if (!ef.broken() && protocol != null && ports != null && action >= 0) {
                out.add(new NaclEntry(ef.loc, number.intValue(), action == 0, protocol, ports, cidr));
            }
        }
        return out;
    }
}
