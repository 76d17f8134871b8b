package dev.vpclint.rules;

import dev.vpclint.model.Destination;
import dev.vpclint.model.Intent;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Peering;
import dev.vpclint.model.PortRange;
import dev.vpclint.model.Protocol;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.net.Network;
import dev.vpclint.paths.Attempt;
import dev.vpclint.paths.Flow;
import dev.vpclint.paths.Hop;
import dev.vpclint.paths.Reason;
import dev.vpclint.paths.TraceResult;
import dev.vpclint.paths.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * What VL301 and VL302 share: the routes they look at (to the AWS-managed prefix lists `pl/s3` and
 * `pl/dynamodb`), the flows they ask the path engine about, and how they read a trace that stops
 * where S3 or DynamoDB traffic meets a gateway endpoint from outside its VPC
 * ({@link Reason#VPCE_GATEWAY_FROM_OUTSIDE_VPC}). Where the packets go is the engine's answer only.
 */
final class GatewayEndpointTraces {
    /** S3 and DynamoDB speak HTTPS. */
    static final PortRange HTTPS = new PortRange(443, 443);

    private GatewayEndpointTraces() {
    }

    /** `s3` / `dynamodb` for the AWS-managed prefix lists, else null. */
    static String serviceOf(Destination d) {
        return d instanceof Destination.OfPrefixList pl && pl.isAwsManaged() ? pl.name() : null;
    }

    static String title(String service) {
        return service.equals("s3") ? "S3" : "DynamoDB";
    }

    /** The flow a route to `pl/SERVICE` carries: HTTPS from `from` to the service. */
    static Flow https(IntentEnd from, String service, Loc loc) {
        IntentEnd to = new IntentEnd(IntentEnd.Kind.SERVICE, service, null, null, new ServiceRef.Aws(service, null), loc);
        return new Flow(from, to, Protocol.TCP, HTTPS);
    }

    /** The flow an intent declares. */
    static Flow flowOf(Intent intent) {
        return new Flow(intent.from(), intent.to(), intent.protocol(), intent.ports());
    }

    /** `s3` / `dynamodb` when a reachable intent goes to that service, else null. */
    static String serviceOf(Intent intent) {
        if (!intent.expectReachable() || intent.to().kind() != IntentEnd.Kind.SERVICE) return null;
        if (!(intent.to().service() instanceof ServiceRef.Aws aws)) return null;
        return aws.name().equals("s3") || aws.name().equals("dynamodb") ? aws.name() : null;
    }

    /** The chosen attempt when it stops at a gateway endpoint that the traffic reached from outside its VPC, else null. */
    static Attempt outsideVpcStop(TraceResult r) {
        if (r.verdict() == Verdict.REACHABLE) return null;
        Attempt a = r.chosen();
        Hop stop = a == null ? null : a.stop();
        return stop != null && stop.reason() == Reason.VPCE_GATEWAY_FROM_OUTSIDE_VPC ? a : null;
    }

    /** The gateway endpoint's name from the stop hop (`vpce/VPC/NAME`). */
    static String endpointName(Hop stop) {
        return stop.object().substring(stop.object().lastIndexOf('/') + 1);
    }

    /** Whether the way there takes the entry written at `loc` (a route, say). */
    static boolean takes(Attempt a, Loc loc) {
        return a.there().hops().stream().anyMatch(h -> loc.equals(h.loc()));
    }

    /** The first object of the way there whose id starts with `prefix` (`connection/`), as its name; null when none. */
    static String firstNamed(Attempt a, String prefix) {
        for (Hop h : a.there().hops()) {
            if (h.object().startsWith(prefix)) return h.object().substring(prefix.length());
        }
        return null;
    }

    /**
     * What the way there crosses: "Direct Connect gateway dx", "transit gateway core", "peering p",
     * in order, each once; empty when none. The engine stops a packet at the peer's gateway endpoint
     * before it writes the peering's own hop, so a stop in another VPC than the hop before it names
     * the peering between the two.
     */
    static List<String> crossings(Network network, Attempt a) {
        List<String> out = new ArrayList<>();
        String lastVpc = null;
        for (Hop h : a.there().hops()) {
            String o = h.object();
            String g = null;
            if (o.startsWith("dxgw/")) g = "Direct Connect gateway " + o.substring("dxgw/".length());
            else if (o.startsWith("tgw-attachment/")) g = "transit gateway " + o.substring("tgw-attachment/".length(), o.lastIndexOf('/'));
            else if (o.startsWith("pcx/")) g = "peering " + o.substring("pcx/".length());
            else if (h == a.stop() && lastVpc != null && h.vpc() != null && !lastVpc.equals(h.vpc())) {
                Peering p = network.peeringBetween(lastVpc, h.vpc());
                if (p != null) g = "peering " + p.name();
            }
            if (g != null && !out.contains(g)) out.add(g);
            if (h.vpc() != null) lastVpc = h.vpc();
            else if (g != null) lastVpc = null;
        }
        return out;
    }
}
