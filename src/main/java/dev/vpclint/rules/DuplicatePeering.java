package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Peering;
import dev.vpclint.model.PeeringStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * Flags a second live peering between the same two VPCs, either direction ("VPC peering limitations").
 * Rejected, failed and deleted peerings only linger in the API for a while, so they do not count.
 */
@RuleInfo(id = "VL205", name = "duplicate-peering", severity = Severity.ERROR,
        summary = "Two peerings between the same two VPCs")
public final class DuplicatePeering implements Rule {
    private record Pair(String low, String high) {
        static Pair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    @Override
    public void check(RuleContext ctx) {
        Map<Pair, Peering> seen = new HashMap<>();
        for (Peering p : ctx.network().topology().peerings().values()) {
            if (p.status() != PeeringStatus.ACTIVE && p.status() != PeeringStatus.PENDING_ACCEPTANCE) continue;
            Peering first = seen.putIfAbsent(Pair.of(p.requester().name(), p.accepter().name()), p);
            if (first == null) continue;
            ctx.report("peering " + p.name() + " connects " + p.requester().name() + " and " + p.accepter().name()
                    + ", which peering " + first.name() + " already connects; AWS allows only one VPC peering connection"
                    + " between the same two VPCs at a time. Delete " + p.name() + " and route through pcx/" + first.name() + ".",
                    p.loc(), first.loc());
        }
    }
}
