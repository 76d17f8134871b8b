package dev.vpclint.load;

import dev.vpclint.load.YNode.Entry;
import dev.vpclint.load.YNode.YMap;
import dev.vpclint.model.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Binds one file's top-level mapping into a {@link Fragment}. */
final class TopologyBinder {
    static final Set<String> TOP = Set.of("vpclint", "name", "include", "defaults", "prefix_lists", "vpcs", "peerings",
            "transit_gateways", "direct_connect_gateways", "onprem", "endpoint_services", "intents");
    private static final Set<String> DEFAULTS = Set.of("region", "account");
    private static final Set<String> PEERING = Set.of("requester", "accepter", "status", "dns_resolution");
    private static final Set<String> TGW = Set.of("region", "account", "asn", "route_tables", "attachments");
    private static final Set<String> TGW_TABLE = Set.of("routes", "propagations");
    private static final Set<String> TGW_ROUTE = Set.of("destination", "target");
    private static final Set<String> TGW_ATTACHMENT = Set.of("vpc", "subnets", "peering", "route_table");
    private static final Set<String> DXGW = Set.of("associations");
    private static final Set<String> DX_ASSOCIATION = Set.of("vpc", "transit_gateway", "allowed_prefixes", "route_table");
    private static final Set<String> SITE = Set.of("cidrs", "connections", "routes");
    private static final Set<String> CONNECTION = Set.of("type", "vpc", "transit_gateway", "route_table", "direct_connect_gateway");
    private static final Set<String> SITE_ROUTE = Set.of("destination", "target");

    private final List<Problem> problems;
    private final BindSupport support;
    private final Fragment fragment = new Fragment();

    TopologyBinder(List<Problem> problems) {
        this.problems = problems;
        this.support = new BindSupport(problems);
    }

    /** The file's own `defaults` apply here; the root file's are applied when files are merged. */
    Fragment bind(YMap root, String file) {
        Loc top = new Loc(file, root.pos().line(), root.pos().column(), "");
        Fields f = Fields.of(root, "", top, TOP, problems);
        YNode version = f.node("vpclint");
        if (version != null && !(version instanceof YNode.YScalar v && v.kind() == YNode.YScalar.Kind.INT && v.text().equals("1"))) {
            f.problem("VL002", "unsupported format version " + Fields.describe(version) + "; this vpclint reads `vpclint: 1`",
                    f.fieldLoc("vpclint"));
        }
        fragment.name = f.string("name", false);
        if (f.has("defaults")) {
            Fields d = Fields.of(f.node("defaults"), "defaults", f.fieldLoc("defaults"), DEFAULTS, problems);
            if (d != null) {
                String region = d.string("region", false);
                String account = d.string("account", false);
                if (region != null) fragment.region = region;
                if (account != null) fragment.account = account;
            }
        }
        List<YNode> includes = f.list("include", false);
        for (int i = 0; i < includes.size(); i++) {
            Loc at = Fields.at(includes.get(i), "include[" + i + "]");
            String path = Fields.stringItem(includes.get(i), at, problems);
            if (path != null) fragment.includes.add(new Fragment.IncludeRef(path, at));
        }
        prefixLists(f);
        vpcs(f);
        peerings(f);
        transitGateways(f);
        dxGateways(f);
        onprem(f);
        fragment.endpointServices.putAll(new EndpointServiceBinder(problems, support, fragment).bind(f));
        fragment.intents.addAll(new IntentBinder(problems).bind(f));
        return fragment;
    }

    private Fields object(Entry e, String collection, Set<String> known) {
        String path = collection + "." + e.key();
        Loc loc = Fields.at(e.keyPos(), path);
        fragment.declare(collection, e.key(), loc);
        return Fields.of(e.value(), path, loc, known, problems);
    }

    private void prefixLists(Fields f) {
        for (Entry e : f.named("prefix_lists")) {
            String path = "prefix_lists." + e.key();
            Loc loc = Fields.at(e.keyPos(), path);
            fragment.declare("prefix_lists", e.key(), loc);
            if (e.key().equals("s3") || e.key().equals("dynamodb")) {
                problems.add(new Problem("VL002", "prefix list name '" + e.key() + "' is reserved: pl/" + e.key()
                        + " means the AWS-managed list of the VPC's Region; choose another name", loc));
                continue;
            }
            if (!(e.value() instanceof YNode.YList list)) {
                problems.add(new Problem("VL002", path + " must be a list of CIDRs", loc));
                fragment.broken.add("pl:" + e.key());
                continue;
            }
            List<LocatedCidr> cidrs = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                Loc at = Fields.at(list.items().get(i), path + "[" + i + "]");
                Cidr c = Fields.cidrValue(list.items().get(i), at, problems);
                if (c != null) cidrs.add(new LocatedCidr(c, at));
            }
            fragment.prefixLists.put(e.key(), new PrefixList(e.key(), loc, cidrs));
        }
    }

    private void vpcs(Fields f) {
        VpcBinder binder = new VpcBinder(problems, fragment);
        for (Entry e : f.named("vpcs")) {
            String path = "vpcs." + e.key();
            fragment.declare("vpcs", e.key(), Fields.at(e.keyPos(), path));
            Vpc vpc = binder.bind(e, path);
            if (vpc == null) {
                fragment.broken.add("vpc:" + e.key());
                continue;
            }
            String region = vpc.region() != null ? vpc.region() : fragment.region;
            String account = vpc.account() != null ? vpc.account() : fragment.account;
            fragment.vpcs.put(e.key(), vpc.placedIn(region, account));
        }
    }

    private void peerings(Fields f) {
        List<String> statuses = new ArrayList<>();
        for (PeeringStatus s : PeeringStatus.values()) statuses.add(s.word);
        for (Entry e : f.named("peerings")) {
            Fields p = object(e, "peerings", PEERING);
            if (p == null) continue;
            Ref requester = support.ref(p, "requester", true);
            Ref accepter = support.ref(p, "accepter", true);
            int status = p.choice("status", false, statuses);
            boolean dns = p.bool("dns_resolution", false);
            if (p.broken()) {
                fragment.broken.add("pcx:" + e.key());
                continue;
            }
            fragment.peerings.put(e.key(), new Peering(e.key(), p.loc, requester, accepter,
                    status < 0 ? null : PeeringStatus.values()[status], p.fieldLoc("status"), dns));
        }
    }

    private void transitGateways(Fields f) {
        for (Entry e : f.named("transit_gateways")) {
            Fields t = object(e, "transit_gateways", TGW);
            if (t == null) continue;
            String region = t.string("region", false);
            String account = t.string("account", false);
            Long asn = t.integer("asn", false, 1, 4294967295L);
            Map<String, TgwRouteTable> tables = new LinkedHashMap<>();
            for (Entry te : t.named("route_tables")) {
                String path = t.childPath("route_tables") + "." + te.key();
                Fields tf = Fields.of(te.value(), path, Fields.at(te.keyPos(), path), TGW_TABLE, problems);
                if (tf == null) continue;
                List<TgwRoute> routes = new ArrayList<>();
                List<YNode> items = tf.list("routes", false);
                for (int i = 0; i < items.size(); i++) {
                    String rp = tf.childPath("routes") + "[" + i + "]";
                    Fields rf = Fields.of(items.get(i), rp, Fields.at(items.get(i), rp), TGW_ROUTE, problems);
                    if (rf == null) continue;
                    Destination dest = support.destination(rf, "destination");
                    String target = rf.string("target", true);
                    if (target != null && !target.equals("blackhole") && !Names.isValid(target)) {
                        rf.problem("VL002", "TGW route target '" + target + "' must be an attachment name or blackhole", rf.fieldLoc("target"));
                        target = null;
                    }
                    if (dest == null || target == null) continue;
                    routes.add(new TgwRoute(rf.loc, dest, rf.fieldLoc("destination"),
                            target.equals("blackhole") ? null : target, rf.fieldLoc("target")));
                }
                tables.put(te.key(), new TgwRouteTable(te.key(), e.key(), tf.loc, routes, support.refList(tf, "propagations")));
            }
            Map<String, TgwAttachment> attachments = new LinkedHashMap<>();
            for (Entry ae : t.named("attachments")) {
                TgwAttachment a = attachment(t, ae, e.key());
                if (a == null) fragment.broken.add("attachment:" + e.key() + "/" + ae.key());
                else attachments.put(ae.key(), a);
            }
            if (t.broken()) {
                fragment.broken.add("tgw:" + e.key());
                continue;
            }
            fragment.transitGateways.put(e.key(), new TransitGateway(e.key(), t.loc, region != null ? region : fragment.region,
                    account != null ? account : fragment.account, asn, tables, attachments));
        }
    }

    private TgwAttachment attachment(Fields t, Entry ae, String tgw) {
        String path = t.childPath("attachments") + "." + ae.key();
        Fields af = Fields.of(ae.value(), path, Fields.at(ae.keyPos(), path), TGW_ATTACHMENT, problems);
        if (af == null) return null;
        boolean vpc = af.has("vpc");
        boolean peering = af.has("peering");
        if (vpc == peering) {
            af.problem("VL002", "attachment " + ae.key() + " needs exactly one of 'vpc' or 'peering'", af.loc);
            return null;
        }
        Ref vpcRef = vpc ? support.ref(af, "vpc", true) : null;
        List<Ref> subnets = support.refList(af, "subnets");
        if (vpc && !af.has("subnets")) {
            af.problem("VL002", path + " lacks required field 'subnets' (one subnet per AZ the attachment serves)", af.loc);
            af.markBroken();
        }
        Ref peer = peering ? support.ref(af, "peering", true) : null;
        // AWS allows an attachment associated with no route table (its traffic is dropped at the TGW: TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION).
        Ref table = support.ref(af, "route_table", false);
        if (af.broken()) return null;
        return new TgwAttachment(ae.key(), tgw, af.loc, vpc ? TgwAttachment.Kind.VPC : TgwAttachment.Kind.PEERING,
                vpcRef, subnets, peer, table);
    }

    private void dxGateways(Fields f) {
        for (Entry e : f.named("direct_connect_gateways")) {
            Fields d = object(e, "direct_connect_gateways", DXGW);
            if (d == null) continue;
            List<DxAssociation> associations = new ArrayList<>();
            List<YNode> items = d.list("associations", false);
            for (int i = 0; i < items.size(); i++) {
                String path = d.childPath("associations") + "[" + i + "]";
                Fields af = Fields.of(items.get(i), path, Fields.at(items.get(i), path), DX_ASSOCIATION, problems);
                if (af == null) continue;
                if (af.has("vpc") == af.has("transit_gateway")) {
                    af.problem("VL002", "a DX gateway association names exactly one of 'vpc' or 'transit_gateway'", af.loc);
                    continue;
                }
                Ref vpc = support.ref(af, "vpc", false);
                Ref tgw = support.ref(af, "transit_gateway", false);
                List<LocatedCidr> allowed = support.cidrList(af, "allowed_prefixes", false);
                Ref table = support.ref(af, "route_table", false);
                if (vpc != null && table != null) {
                    af.problem("VL002", "'route_table' only applies to an association with a transit gateway", af.fieldLoc("route_table"));
                }
                if (vpc == null && tgw == null) continue;
                associations.add(new DxAssociation(af.loc, vpc, tgw, allowed, table));
            }
            fragment.directConnectGateways.put(e.key(), new DxGateway(e.key(), d.loc, associations));
        }
    }

    private void onprem(Fields f) {
        for (Entry e : f.named("onprem")) {
            Fields s = object(e, "onprem", SITE);
            if (s == null) continue;
            List<LocatedCidr> cidrs = support.cidrList(s, "cidrs", true);
            Map<String, Connection> connections = new LinkedHashMap<>();
            for (Entry ce : s.named("connections")) {
                Connection c = connection(s, ce, e.key());
                if (c == null) fragment.broken.add("connection:" + ce.key());
                else connections.put(ce.key(), c);
            }
            List<OnpremRoute> routes = new ArrayList<>();
            List<YNode> items = s.list("routes", false);
            for (int i = 0; i < items.size(); i++) {
                String path = s.childPath("routes") + "[" + i + "]";
                Fields rf = Fields.of(items.get(i), path, Fields.at(items.get(i), path), SITE_ROUTE, problems);
                if (rf == null) continue;
                Destination dest = support.destination(rf, "destination");
                Ref target = support.ref(rf, "target", true);
                if (dest != null && target != null) routes.add(new OnpremRoute(rf.loc, dest, rf.fieldLoc("destination"), target));
            }
            if (s.broken()) {
                fragment.broken.add("onprem:" + e.key());
                continue;
            }
            fragment.onprem.put(e.key(), new OnpremSite(e.key(), s.loc, cidrs, connections, routes, s.has("routes")));
        }
    }

    private Connection connection(Fields s, Entry ce, String site) {
        String path = s.childPath("connections") + "." + ce.key();
        Loc earlier = fragment.declare("connections", ce.key(), Fields.at(ce.keyPos(), path));
        if (earlier != null) {
            // Connection names are global: TGW attachments and site routes refer to them by name alone.
            problems.add(new Problem("VL004", "connection '" + ce.key() + "' is already defined at line " + earlier.line()
                    + "; connection names must be unique across on-prem sites", Fields.at(ce.keyPos(), path), List.of(earlier)));
            return null;
        }
        Fields cf = Fields.of(ce.value(), path, Fields.at(ce.keyPos(), path), CONNECTION, problems);
        if (cf == null) return null;
        int type = cf.choice("type", true, List.of("vpn", "direct_connect"));
        int landings = (cf.has("vpc") ? 1 : 0) + (cf.has("transit_gateway") ? 1 : 0) + (cf.has("direct_connect_gateway") ? 1 : 0);
        if (landings != 1) {
            cf.problem("VL002", "connection " + ce.key() + " lands on exactly one of 'vpc', 'transit_gateway' or 'direct_connect_gateway'", cf.loc);
            return null;
        }
        Ref vpc = support.ref(cf, "vpc", false);
        Ref tgw = support.ref(cf, "transit_gateway", false);
        Ref table = support.ref(cf, "route_table", false);
        Ref dxgw = support.ref(cf, "direct_connect_gateway", false);
        if (tgw == null && table != null) {
            cf.problem("VL002", "'route_table' only applies to a connection to a transit gateway", cf.fieldLoc("route_table"));
        }
        if (cf.broken() || type < 0 || (vpc == null && tgw == null && dxgw == null)) return null;
        Connection.Type t = Connection.Type.values()[type];
        if (t == Connection.Type.DIRECT_CONNECT && tgw != null) {
            cf.problem("VL002", "Direct Connect reaches a transit gateway through a DX gateway: set 'direct_connect_gateway' and associate it with the TGW",
                    cf.fieldLoc("transit_gateway"));
            return null;
        }
        return new Connection(ce.key(), site, cf.loc, t, vpc, tgw, table, dxgw);
    }
}
