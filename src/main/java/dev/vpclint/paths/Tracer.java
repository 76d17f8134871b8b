package dev.vpclint.paths;

import dev.vpclint.model.*;
import dev.vpclint.net.Address;
import dev.vpclint.net.Network;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The path engine's entry point: traces a flow there and back for every start and goal its ends
 * stand for. Security groups are stateful (the reply passes them unasked); network ACLs are not,
 * so the reply must pass them on the ephemeral ports, and every route table on the way back must
 * route it. A NAT gateway's translation is undone on the way back.
 */
public final class Tracer {
    private final Network network;

    public Tracer(Network network) {
        this.network = network;
    }

    /** Every attempt of the flow, for `vpclint trace` and `through` checks. */
    public TraceResult trace(Flow flow) {
        return trace(flow, false, true);
    }

    /**
     * The verdict only: stops at the first attempt that is reachable there and back, trying the
     * destinations in the source's own VPC and a service's own addresses first (an unreachable or undecided verdict still tries
     * them all). What intents need, at a fraction of the cost on large networks.
     */
    public TraceResult decide(Flow flow) {
        return trace(flow, false, false);
    }

    /**
     * Traces a flow to `service/NAME` at the service's own addresses only (its AWS-managed prefix
     * list, `pl/s3`, or its public endpoints), leaving out interface endpoints: what a route to
     * `pl/s3` carries can only ever use a gateway endpoint or the internet.
     */
    public TraceResult traceToServiceAddresses(Flow flow) {
        return trace(flow, true, true);
    }

    private TraceResult trace(Flow flow, boolean serviceAddressesOnly, boolean exhaustive) {
        Ends ends = new Ends(network);
        List<Source> sources = ends.sources(flow.from());
        List<Goal> goals = ends.goals(flow.to());
        if (serviceAddressesOnly) goals = goals.stream().filter(g -> g.kind() == Goal.Kind.SERVICE).toList();
        List<Attempt> attempts = new ArrayList<>();
        Connectivity links = exhaustive ? null : Connectivity.of(network);
        boolean skipped = false;
        int[] counts = new int[Verdict.values().length];
        search:
        for (Source s : sources) {
            for (Goal g : exhaustive ? goals : likelyFirst(goals, s)) {
                if (s.address().ipv6() != g.address().ipv6()) continue;
                // Verdict only: a goal no link leads to cannot change it; one such attempt is walked below if nothing else is.
                if (links != null && !connected(links, s, g)) {
                    skipped = true;
                    continue;
                }
                Attempt a = attemptAnyProtocol(flow, s, g);
                counts[a.verdict().ordinal()]++;
                // A verdict-only search keeps the first attempt of each verdict: the others cannot be chosen.
                if (exhaustive || counts[a.verdict().ordinal()] == 1) attempts.add(a);
                if (!exhaustive && a.verdict() == Verdict.REACHABLE) break search;
            }
        }
        if (skipped && attempts.isEmpty()) {
            Attempt a = firstDisconnected(flow, sources, goals);
            counts[a.verdict().ordinal()]++;
            attempts.add(a);
        }
        if (attempts.isEmpty() && ends.errors.isEmpty() && !sources.isEmpty() && !goals.isEmpty()) {
            ends.errors.add(flow.from() + " and " + flow.to() + " share no IP version");
        }
        Attempt chosen = pick(attempts);
        Verdict v = chosen == null ? Verdict.UNKNOWN : chosen.verdict();
        TraceResult.Counts c = new TraceResult.Counts(counts[Verdict.REACHABLE.ordinal()], counts[Verdict.UNKNOWN.ordinal()],
                counts[Verdict.UNREACHABLE.ordinal()]);
        return new TraceResult(flow, v, attempts, chosen, ends.errors, exhaustive || v != Verdict.REACHABLE && !skipped, c);
    }

    private static boolean connected(Connectivity links, Source s, Goal g) {
        if (s.kind() == Source.Kind.INTERNET || g.kind() == Goal.Kind.INTERNET || g.kind() == Goal.Kind.SERVICE) return true;
        String from = s.kind() == Source.Kind.SITE ? s.site() : s.vpc();
        String to = g.kind() == Goal.Kind.SITE ? g.site() : g.vpc();
        boolean privateAddress = g.address() instanceof Address.Host h && h.host().isIpv4() && PrivateRanges.isPrivate(h.host());
        return links.connected(from, s.kind() == Source.Kind.SITE, to, g.kind() == Goal.Kind.SITE, privateAddress);
    }

    /** The first start/goal pair of the flow, walked to explain an unreachable verdict when no goal is connected to any start. */
    private Attempt firstDisconnected(Flow flow, List<Source> sources, List<Goal> goals) {
        for (Source s : sources) {
            for (Goal g : goals) {
                if (s.address().ipv6() == g.address().ipv6()) return attemptAnyProtocol(flow, s, g);
            }
        }
        throw new IllegalStateException("no pair of one IP version, yet a pair was skipped");
    }

    /** Goals in the source's own VPC first, then a service's own addresses, then the rest: where a working path usually is. */
    private static List<Goal> likelyFirst(List<Goal> goals, Source s) {
        List<Goal> out = new ArrayList<>();
        for (Goal g : goals) if (s.vpc() != null && s.vpc().equals(g.vpc())) out.add(g);
        for (Goal g : goals) if (g.kind() == Goal.Kind.SERVICE) out.add(g);
        for (Goal g : goals) if ((s.vpc() == null || !s.vpc().equals(g.vpc())) && g.kind() != Goal.Kind.SERVICE) out.add(g);
        return out;
    }

    private static Attempt pick(List<Attempt> attempts) {
        for (Verdict want : List.of(Verdict.REACHABLE, Verdict.UNKNOWN, Verdict.UNREACHABLE)) {
            for (Attempt a : attempts) {
                if (a.verdict() == want) return a;
            }
        }
        return null;
    }

    private Attempt attempt(Flow flow, Source s, Goal g) {
        Set<String> groups = null;
        if (s.groups() != null) {
            groups = new HashSet<>();
            for (SecurityGroup sg : s.groups()) groups.add(Filters.groupKey(sg));
        }
        PortSet ports = flow.protocol() == Protocol.TCP || flow.protocol() == Protocol.UDP ? PortSet.of(flow.ports()) : PortSet.ALL;
        Packet p = new Packet(s.address(), g.address(), flow.protocol(), ports, groups == null ? null : Set.copyOf(groups), s.publicIp() || s.address().ipv6(),
                List.of(), false);
        List<Walk> there = walkThere(p, s, g);
        Attempt best = null;
        for (Walk path : there) {
            Attempt a = new Attempt(s, g, path, path.delivered() ? back(flow, s, g, path.back()) : null);
            if (best == null || rank(a) < rank(best)) best = a;
            if (a.verdict() == Verdict.REACHABLE) break;
        }
        return best != null ? best : new Attempt(s, g, new Walk(List.of(), Walk.Outcome.UNDECIDED, Reason.UNKNOWN, null), null);
    }

    /**
     * `protocol: all` means any traffic: the pair works when some protocol works there and back. The
     * format's rules name tcp, udp, icmp, icmpv6 or all, so trying each named protocol is exact; one
     * walk with "all" would need every hop to allow all protocols.
     */
    private Attempt attemptAnyProtocol(Flow flow, Source s, Goal g) {
        if (flow.protocol() != Protocol.ALL) return attempt(flow, s, g);
        Attempt best = null;
        for (Protocol p : List.of(Protocol.TCP, Protocol.UDP, s.address().ipv6() ? Protocol.ICMPV6 : Protocol.ICMP)) {
            Attempt a = attempt(new Flow(flow.from(), flow.to(), p, flow.ports()), s, g);
            if (best == null || rank(a) < rank(best)) best = a;
            if (a.verdict() == Verdict.REACHABLE) break;
        }
        return best;
    }

    private static int rank(Attempt a) {
        return switch (a.verdict()) {
            case REACHABLE -> 0;
            case UNKNOWN -> 1;
            case UNREACHABLE -> a.there().delivered() ? 2 : 3;
        };
    }

    private List<Walk> walkThere(Packet p, Source s, Goal g) {
        Walker w = walker(g);
        String what = p.protocol() == Protocol.TCP || p.protocol() == Protocol.UDP ? p.protocol().word() + " " + p.ports()
                : p.protocol() == Protocol.ALL ? "traffic" : p.protocol().word();
        Trail t = Trail.START.then(new Hop(s.object(), s.vpc(), "sends " + what + " from " + p.src()
                + " to " + g.object() + " at " + p.dst() + (s.kind() == Source.Kind.HOST && s.groups() == null
                ? "; security groups not evaluated (no interface declared there)" : ""), s.loc(), null), null);
        switch (s.kind()) {
            case HOST -> {
                Vpc vpc = network.vpc(s.vpc());
                Packet q = w.sourceGroups(p, t, s);
                if (q != null) w.leaveSubnet(q, t, vpc, vpc.subnets().get(s.subnet()), true);
            }
            case SITE -> w.transit.atSite(p, t, network.topology().onprem().get(s.site()));
            case INTERNET -> w.transit.fromInternet(p, t);
        }
        return w.paths;
    }

    private Walker walker(Goal g) {
        Walker w = new Walker(network, g);
        w.transit = new TransitWalker(w);
        return w;
    }

    /** The reply: to each NAT gateway in turn (innermost first), then to the source, each leg a walk of its own. */
    private Walk back(Flow flow, Source s, Goal g, ReturnStart start) {
        List<Translation> nats = new ArrayList<>(start.nats());
        Address src = g.address();
        Address dst = start.replyTo();
        boolean srcPublic = g.publicIp() || g.address().ipv6() || g.kind() != Goal.Kind.HOST;
        List<Hop> hops = new ArrayList<>();
        ReturnStart from = start;
        while (true) {
            Translation nat = nats.isEmpty() ? null : nats.remove(nats.size() - 1);
            Goal target = nat == null ? s.asGoal().withAddress(dst)
                    : new Goal(Goal.Kind.HOST, nat.vpc(), nat.subnet(), null, null, dst, null, false, "nat/" + nat.vpc() + "/" + nat.name(), null);
            Packet p = new Packet(src, dst, flow.protocol(), PortSet.ALL.intersect(replyPorts(flow)), Set.of(), srcPublic, List.of(), true);
            Walk leg = walkBack(p, from, target);
            hops.addAll(leg.hops());
            if (!leg.delivered() || nat == null) return new Walk(hops, leg.outcome(), leg.reason(), null);
            from = new ReturnStart(ReturnStart.Kind.HOST, nat.vpc(), nat.subnet(), null, null, null, List.of());
            dst = nat.original();
        }
    }

    private static PortSet replyPorts(Flow flow) {
        return flow.protocol() == Protocol.TCP || flow.protocol() == Protocol.UDP ? PortSet.of(dev.vpclint.net.AwsFacts.EPHEMERAL_PORTS) : PortSet.ALL;
    }

    private Walk walkBack(Packet p, ReturnStart from, Goal target) {
        Walker w = walker(target);
        Trail t = Trail.START;
        switch (from.kind()) {
            case HOST -> {
                Vpc vpc = network.vpc(from.vpc());
                w.leaveSubnet(p, t, vpc, vpc.subnets().get(from.subnet()), true);
            }
            case SITE -> w.transit.atSite(p, t, network.topology().onprem().get(from.site()));
            case INTO_VPC -> {
                Vpc vpc = network.vpc(from.vpc());
                w.deliverLocal(p, t.then(new Hop(from.via(), vpc.name(), "the reply comes back into VPC " + vpc.name(), null, null), null), vpc, null, false);
            }
        }
        for (Walk path : w.paths) {
            if (path.delivered()) return path;
        }
        for (Walk path : w.paths) {
            if (path.outcome() == Walk.Outcome.UNDECIDED) return path;
        }
        return w.paths.isEmpty() ? new Walk(List.of(), Walk.Outcome.UNDECIDED, Reason.UNKNOWN, null) : w.paths.get(0);
    }
}
