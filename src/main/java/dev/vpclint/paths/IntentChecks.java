package dev.vpclint.paths;

import dev.vpclint.model.Intent;
import dev.vpclint.model.PathRef;
import dev.vpclint.net.Network;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every intent of a topology traced once (VL901, VL902, VL904, VL905 read the same results), and
 * which `through` objects a walk crosses.
 */
public final class IntentChecks {
    private IntentChecks() {
    }

    public static TraceResult of(Network network, Intent intent) {
        Map<Intent, TraceResult> all = network.derived(IntentChecks.class, n -> new IdentityHashMap<Intent, TraceResult>());
        synchronized (all) {
            // `through` needs every working path; the other checks need only the verdict.
            return all.computeIfAbsent(intent, i -> {
                Flow flow = new Flow(i.from(), i.to(), i.protocol(), i.ports());
                return i.through().isEmpty() ? new Tracer(network).decide(flow) : new Tracer(network).trace(flow);
            });
        }
    }

    /** The `through` objects a walk does not cross. */
    public static List<PathRef> missed(Walk walk, List<PathRef> through) {
        List<PathRef> out = new ArrayList<>();
        for (PathRef r : through) {
            if (walk.hops().stream().noneMatch(h -> crosses(h, r))) out.add(r);
        }
        return out;
    }

    /** A hop crosses a VPC when it happens inside it, a transit gateway at any of its attachments or route tables, anything else by its id. */
    static boolean crosses(Hop h, PathRef r) {
        return switch (r.kind()) {
            case VPC -> r.name().equals(h.vpc());
            case TGW -> h.object().equals("tgw/" + r.name()) || h.object().startsWith("tgw-rtb/" + r.name() + "/")
                    || h.object().startsWith("tgw-attachment/" + r.name() + "/");
            // A route-table hop happens in the subnet it names first ("subnet NAME: route ...").
            case SUBNET -> h.object().equals(r.toString())
                    || (r.vpc().equals(h.vpc()) && h.object().startsWith("rtb/") && h.text().startsWith("subnet " + r.name() + ":"));
            default -> h.object().equals(r.toString());
        };
    }
}
