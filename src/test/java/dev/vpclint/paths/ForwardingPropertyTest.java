package dev.vpclint.paths;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vpclint.load.EndRefs;
import dev.vpclint.load.LoadResult;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.Loc;
import dev.vpclint.model.NatGateway;
import dev.vpclint.model.Peering;
import dev.vpclint.model.PeeringStatus;
import dev.vpclint.model.PortRange;
import dev.vpclint.model.Protocol;
import dev.vpclint.model.Ref;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.TgwAttachment;
import dev.vpclint.model.Topology;
import dev.vpclint.model.TransitGateway;
import dev.vpclint.model.Vpc;
import dev.vpclint.net.Address;
import dev.vpclint.net.Forwarding;
import dev.vpclint.net.ForwardingTable;
import dev.vpclint.net.FwdEntry;
import dev.vpclint.net.Network;
import dev.vpclint.load.InputLimits;
import dev.vpclint.load.Loader;
import dev.vpclint.testing.MemFs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * For random small topologies (VPCs, subnets in one or two AZs, route tables with random routes,
 * peerings that are sometimes not active, one transit gateway with static, propagated and blackhole
 * routes), a flow between two random subnets is REACHABLE exactly when a brute-force reference says
 * so. The reference is written here from scratch: a plain search over explicit states (where the
 * packet is, its source and destination) that reads only the forwarding tables of net/Forwarding
 * and applies the few AWS rules that matter between subnets. No security groups, network ACLs,
 * on-prem sites or internet: flows are subnet to subnet. Deterministic (one seed per case).
 */
class ForwardingPropertyTest {
    /** 500 by default; a deeper hunt: mvn test -Dtest=ForwardingPropertyTest -DargLine=-Dcases=30000 */
    private static final int CASES = Integer.getInteger("cases", 500);
    private static final long SEED = 0x5eed_7ac3L;

    @Test
    void aFlowIsReachableExactlyWhenTheReferenceSaysSo() throws Exception {
        int checked = 0;
        int reachable = 0;
        List<String> mismatches = new ArrayList<>();
        try (MemFs files = new MemFs()) {
            for (int i = 0; i < CASES; i++) {
                Generator g = new Generator(new Random(SEED + i));
                String yaml = g.yaml();
                LoadResult loaded = new Loader(files.cwd, InputLimits.DEFAULT).load(List.of(files.write("case.yaml", yaml)));
                if (!loaded.problems().isEmpty()) continue;
                Topology topology = loaded.topologies().get(0).topology();
                Network network = new Network(topology);
                String[] from = g.pick();
                String[] to = g.pick();
                Loc at = new Loc("flow", 1, 1, "flow");
                Flow flow = new Flow(EndRefs.parse("subnet/" + from[0] + "/" + from[1], at), EndRefs.parse("subnet/" + to[0] + "/" + to[1], at),
                        Protocol.TCP, new PortRange(443, 443));
                TraceResult result = new Tracer(network).trace(flow);
                boolean engine = result.verdict() == Verdict.REACHABLE;
                boolean reference = new Reference(topology, network.forwarding()).reachable(subnet(topology, from), subnet(topology, to));
                checked++;
                if (reference) reachable++;
                if (engine != reference && mismatches.size() < 3) {
                    mismatches.add("case " + i + " (seed " + (SEED + i) + "): " + flow + "\nengine: " + result.verdict() + ", reference: "
                            + (reference ? "REACHABLE" : "not reachable") + "\n" + TraceFixture.describe(result) + yaml);
                }
            }
        }
        if (!mismatches.isEmpty()) fail(String.join("\n---\n", mismatches));
        // The generator must give the comparison something to bite on: loadable cases, both answers.
        assertTrue(checked >= CASES * 9 / 10, "only " + checked + " of " + CASES + " generated topologies loaded without problems");
        assertTrue(reachable >= checked / 5 && checked - reachable >= checked / 5,
                reachable + " of " + checked + " flows reachable: the generator is too one-sided");
    }

    private static Subnet subnet(Topology t, String[] ref) {
        return t.vpcs().get(ref[0]).subnets().get(ref[1]);
    }

    /** Random topologies as YAML text, as a user would write them. */
    static final class Generator {
        private final Random rnd;
        private final StringBuilder y = new StringBuilder();
        private final List<String[]> subnets = new ArrayList<>();

        Generator(Random rnd) {
            this.rnd = rnd;
        }

        /** A random subnet of the last generated topology: {vpc, subnet}. */
        String[] pick() {
            return subnets.get(rnd.nextInt(subnets.size()));
        }

        String yaml() {
            int vpcs = 2 + rnd.nextInt(4);
            int[] subnetCount = new int[vpcs];
            int[][] az = new int[vpcs][];
            int[] tables = new int[vpcs];
            boolean[] nat = new boolean[vpcs];
            for (int v = 0; v < vpcs; v++) {
                subnetCount[v] = 1 + rnd.nextInt(3);
                int azs = 1 + rnd.nextInt(2);
                az[v] = new int[subnetCount[v]];
                for (int s = 0; s < subnetCount[v]; s++) az[v][s] = 1 + (s < azs ? s : rnd.nextInt(azs));
                tables[v] = 1 + rnd.nextInt(2);
                nat[v] = rnd.nextInt(2) == 0;
            }
            // Peerings between random pairs, most of them active.
            List<int[]> peerings = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            for (int a = 0; a < vpcs; a++) {
                for (int b = a + 1; b < vpcs; b++) {
                    if (rnd.nextInt(5) < 2) {
                        peerings.add(new int[] {a, b});
                        statuses.add(rnd.nextInt(5) == 0 ? List.of("pending-acceptance", "rejected", "deleted").get(rnd.nextInt(3)) : "active");
                    }
                }
            }
            boolean tgw = rnd.nextInt(5) != 0;
            boolean[] attached = new boolean[vpcs];
            for (int v = 0; v < vpcs; v++) attached[v] = tgw && rnd.nextInt(10) < 7;

            y.append("vpclint: 1\ndefaults: {region: us-east-1, account: \"111111111111\"}\nvpcs:\n");
            for (int v = 0; v < vpcs; v++) {
                y.append("  v").append(v).append(":\n    cidrs: [10.").append(v).append(".0.0/16]\n");
                if (rnd.nextBoolean()) y.append("    internet_gateway: true\n");
                y.append("    subnets:\n");
                // A NAT gateway's subnet gets a table of its own (as a public subnet would), so it can route on.
                int natSubnet = nat[v] ? rnd.nextInt(subnetCount[v]) : -1;
                for (int s = 0; s < subnetCount[v]; s++) {
                    String table = s == natSubnet ? "rn" : "r" + rnd.nextInt(tables[v]);
                    y.append("      s").append(s).append(": {cidr: 10.").append(v).append('.').append(s).append(".0/24, az: use1-az").append(az[v][s])
                            .append(", route_table: ").append(table).append("}\n");
                    subnets.add(new String[] {"v" + v, "s" + s});
                }
                y.append("    route_tables:\n");
                for (int r = 0; r < tables[v]; r++) table("r" + r, routes(v, vpcs, subnetCount, peerings, tgw, attached[v], nat[v]));
                if (nat[v]) {
                    table("rn", routes(v, vpcs, subnetCount, peerings, tgw, attached[v], false));
                    y.append("    nat_gateways:\n      n0: {subnet: s").append(natSubnet).append("}\n");
                }
            }
            if (!peerings.isEmpty()) {
                y.append("peerings:\n");
                for (int p = 0; p < peerings.size(); p++) {
                    int[] pair = peerings.get(p);
                    y.append("  p").append(pair[0]).append(pair[1]).append(": {requester: v").append(pair[0]).append(", accepter: v").append(pair[1])
                            .append(", status: ").append(statuses.get(p)).append("}\n");
                }
            }
            if (tgw) transitGateway(vpcs, subnetCount, az, attached);
            return y.toString();
        }

        private void table(String name, List<String> routes) {
            y.append("      ").append(name).append(routes.isEmpty() ? ": {}\n" : ":\n        routes:\n");
            for (String route : routes) y.append("          - ").append(route).append('\n');
        }

        /** Distinct destinations outside the VPC's own range (AWS refuses routes more specific than the local one, except to appliances). */
        private List<String> routes(int v, int vpcs, int[] subnetCount, List<int[]> peerings, boolean tgw, boolean attached, boolean nat) {
            List<String> destinations = new ArrayList<>();
            for (int o = 0; o < vpcs; o++) {
                if (o == v) continue;
                if (rnd.nextInt(10) < 6) destinations.add("10." + o + ".0.0/16");
                if (rnd.nextInt(10) < 2) destinations.add("10." + o + "." + rnd.nextInt(subnetCount[o]) + ".0/24");
            }
            if (rnd.nextInt(10) < 2) destinations.add("10.0.0.0/8");
            if (rnd.nextInt(10) < 2) destinations.add("0.0.0.0/0");
            List<String> out = new ArrayList<>();
            for (String d : destinations) {
                int other = d.equals("10.0.0.0/8") || d.equals("0.0.0.0/0") ? -1 : Integer.parseInt(d.split("\\.")[1]);
                out.add("{destination: " + d + ", target: " + target(v, other, peerings, tgw, attached, nat) + "}");
            }
            return out;
        }

        /** Mostly a target that can work (the peering to that VPC, the TGW when attached, the VPC's NAT gateway); sometimes anything. */
        private String target(int v, int other, List<int[]> peerings, boolean tgw, boolean attached, boolean nat) {
            List<String> good = new ArrayList<>();
            List<String> any = new ArrayList<>(List.of("blackhole", "igw", "local"));
            for (int[] p : peerings) {
                String name = "pcx/p" + p[0] + p[1];
                if ((p[0] == v && p[1] == other) || (p[1] == v && p[0] == other)) good.add(name);
                else if (p[0] == v || p[1] == v) any.add(name);
            }
            if (tgw) (attached ? good : any).add("tgw/tg");
            if (nat) good.add("nat/n0");
            if (!good.isEmpty() && rnd.nextInt(10) < 7) return good.get(rnd.nextInt(good.size()));
            any.addAll(good);
            return any.get(rnd.nextInt(any.size()));
        }

        private void transitGateway(int vpcs, int[] subnetCount, int[][] az, boolean[] attached) {
            int tables = 1 + rnd.nextInt(2);
            List<String> attachments = new ArrayList<>();
            for (int v = 0; v < vpcs; v++) if (attached[v]) attachments.add("a" + v);
            y.append("transit_gateways:\n  tg:\n    route_tables:\n");
            for (int t = 0; t < tables; t++) {
                y.append("      t").append(t).append(":\n");
                List<String> routes = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (int k = rnd.nextInt(3); k > 0; k--) {
                    int o = rnd.nextInt(vpcs + 1);
                    String d = o == vpcs ? "10.0.0.0/8" : rnd.nextBoolean() ? "10." + o + ".0.0/16" : "10." + o + "." + rnd.nextInt(subnetCount[o]) + ".0/24";
                    if (!seen.add(d)) continue;
                    String target = attachments.isEmpty() || rnd.nextInt(10) < 3 ? "blackhole" : attachments.get(rnd.nextInt(attachments.size()));
                    routes.add("{destination: " + d + ", target: " + target + "}");
                }
                if (!routes.isEmpty()) {
                    y.append("        routes:\n");
                    for (String r : routes) y.append("          - ").append(r).append('\n');
                }
                List<String> propagations = new ArrayList<>();
                for (String a : attachments) if (rnd.nextInt(10) < 7) propagations.add(a);
                y.append("        propagations: [").append(String.join(", ", propagations)).append("]\n");
            }
            if (attachments.isEmpty()) return;
            y.append("    attachments:\n");
            for (int v = 0; v < vpcs; v++) {
                if (!attached[v]) continue;
                // AWS: at most one subnet per AZ; some AZs of the VPC left out, so the AZ rule bites.
                List<String> chosen = new ArrayList<>();
                Set<Integer> azs = new HashSet<>();
                for (int s = 0; s < subnetCount[v]; s++) {
                    if (azs.contains(az[v][s]) || rnd.nextInt(10) < 3) continue;
                    azs.add(az[v][s]);
                    chosen.add("s" + s);
                }
                if (chosen.isEmpty()) chosen.add("s0");
                y.append("      a").append(v).append(": {vpc: v").append(v).append(", subnets: [").append(String.join(", ", chosen))
                        .append("], route_table: t").append(rnd.nextInt(tables)).append("}\n");
            }
        }
    }

    /**
     * The brute-force reference: every state a packet can be in is explored (several next hops
     * where a table has equal-cost entries), a state seen again on the same path is a loop. A
     * flow works when some delivery of the request has a reply that comes back: to each NAT
     * gateway the request went through (innermost first), then to the source.
     */
    static final class Reference {
        private final Topology t;
        private final Forwarding forwarding;

        /** A NAT gateway (in subnet `subnet` of `vpc`) replaced source `original` with its own address. */
        record Nat(String vpc, String subnet, Cidr original) {
        }

        Reference(Topology t, Forwarding forwarding) {
            this.t = t;
            this.forwarding = forwarding;
        }

        boolean reachable(Subnet from, Subnet to) {
            Cidr client = host(from);
            Cidr server = host(to);
            List<List<Nat>> deliveries = new ArrayList<>();
            leave(from, client, server, to, List.of(), new HashSet<>(), deliveries);
            for (List<Nat> nats : deliveries) {
                if (replyComesBack(from, to, server, client, nats)) return true;
            }
            return false;
        }

        private boolean replyComesBack(Subnet client, Subnet server, Cidr serverHost, Cidr clientHost, List<Nat> nats) {
            Subnet at = server;
            for (int i = nats.size(); i >= 0; i--) {
                Nat nat = i > 0 ? nats.get(i - 1) : null;
                Subnet goal = nat == null ? client : t.vpcs().get(nat.vpc()).subnets().get(nat.subnet());
                Cidr dst = nat == null ? clientHost : host(goal);
                List<List<Nat>> got = new ArrayList<>();
                leave(at, serverHost, dst, goal, List.of(), new HashSet<>(), got);
                // A reply that passes a NAT gateway of its own arrives from that gateway's address,
                // which the client never sent to: only a reply that kept the server's address counts.
                if (got.stream().noneMatch(List::isEmpty)) return false;
                at = goal;
            }
            return true;
        }

        /** The packet leaves a host (or NAT gateway) in subnet `s`: the subnet's route table decides. */
        private void leave(Subnet s, Cidr src, Cidr dst, Subnet goal, List<Nat> nats, Set<String> path, List<List<Nat>> out) {
            String state = "subnet " + s.vpc() + "/" + s.name() + " " + src + " -> " + dst;
            if (!path.add(state)) return;
            Vpc vpc = t.vpcs().get(s.vpc());
            ForwardingTable table = forwarding.vpcTable(s.vpc(), s.routeTable().name());
            for (FwdEntry e : table == null ? List.<FwdEntry>of() : table.lookup(new Address.Host(dst))) {
                String name = e.next().name();
                switch (e.next().kind()) {
                    case LOCAL -> arrive(vpc, dst, goal, nats, out);
                    case PCX -> {
                        // A peering carries only traffic from inside its VPC to inside the peer, and only when active.
                        Peering p = t.peerings().get(name);
                        if (p == null || p.status() != PeeringStatus.ACTIVE || !p.involves(vpc.name())) break;
                        Vpc peer = t.vpcs().get(p.peerOf(vpc.name()));
                        if (peer != null && inside(peer, dst) && inside(vpc, src)) arrive(peer, dst, goal, nats, out);
                    }
                    case TGW -> {
                        // Only subnets in an AZ where the VPC's attachment has a subnet reach the transit gateway.
                        TgwAttachment a = attachmentOf(name, vpc.name());
                        if (a != null && subnetsOf(a).stream().anyMatch(x -> x.az().equals(s.az()))) atTgw(name, a, s.az(), src, dst, goal, nats, path, out);
                    }
                    case NAT -> {
                        NatGateway n = vpc.natGateways().get(name);
                        Subnet at = n == null ? null : vpc.subnets().get(n.subnet().name());
                        if (at == null) break;
                        List<Nat> more = new ArrayList<>(nats);
                        more.add(new Nat(vpc.name(), at.name(), src));
                        leave(at, host(at), dst, goal, List.copyOf(more), path, out);
                    }
                    // Internet gateways drop private destinations; blackholes drop everything; nothing else is generated.
                    default -> {
                    }
                }
            }
            path.remove(state);
        }

        private void atTgw(String tgw, TgwAttachment in, String az, Cidr src, Cidr dst, Subnet goal, List<Nat> nats, Set<String> path,
                           List<List<Nat>> out) {
            String state = "tgw " + tgw + " from " + in.name() + " in " + az + " " + src + " -> " + dst;
            if (in.routeTable() == null || !path.add(state)) return;
            ForwardingTable table = forwarding.tgwTable(tgw, in.routeTable().name());
            for (FwdEntry e : table == null ? List.<FwdEntry>of() : table.lookup(new Address.Host(dst))) {
                TgwAttachment outAtt = e.next().name() == null ? null : dev.vpclint.net.TgwAttachments.of(t, tgw).get(e.next().name());
                if (outAtt == null || outAtt.kind() != TgwAttachment.Kind.VPC) continue;
                List<Subnet> subnets = subnetsOf(outAtt);
                if (subnets.isEmpty()) continue;
                // The transit gateway keeps the source AZ when the attachment has a subnet there;
                // otherwise AWS picks one (the engine and this reference: the first listed).
                Subnet into = subnets.stream().filter(x -> x.az().equals(az)).findFirst().orElse(subnets.get(0));
                leave(into, src, dst, goal, nats, path, out);
            }
            path.remove(state);
        }

        /** The local route: delivered when the subnet of `vpc` holding `dst` is the goal. */
        private static void arrive(Vpc vpc, Cidr dst, Subnet goal, List<Nat> nats, List<List<Nat>> out) {
            for (Subnet s : vpc.subnets().values()) {
                if (s.cidr() != null && s.cidr().cidr().contains(dst)) {
                    if (s.vpc().equals(goal.vpc()) && s.name().equals(goal.name())) out.add(nats);
                    return;
                }
            }
        }

        private TgwAttachment attachmentOf(String tgw, String vpc) {
            TransitGateway g = t.transitGateways().get(tgw);
            if (g == null) return null;
            for (TgwAttachment a : g.attachments().values()) {
                if (a.vpc() != null && a.vpc().name().equals(vpc)) return a;
            }
            return null;
        }

        private List<Subnet> subnetsOf(TgwAttachment a) {
            List<Subnet> out = new ArrayList<>();
            Vpc v = t.vpcs().get(a.vpc().name());
            for (Ref r : a.subnets()) {
                Subnet s = v == null ? null : v.subnets().get(r.name());
                if (s != null) out.add(s);
            }
            return out;
        }

        private static boolean inside(Vpc v, Cidr address) {
            return v.cidrs().stream().anyMatch(c -> c.cidr().contains(address));
        }

        /** The address a trace uses for a subnet: the first one AWS does not reserve (the fifth). */
        private static Cidr host(Subnet s) {
            return s.cidr().cidr().hostAt(4);
        }
    }
}
