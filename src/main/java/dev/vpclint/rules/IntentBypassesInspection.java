package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Intent;
import dev.vpclint.model.PathRef;
import dev.vpclint.paths.Attempt;
import dev.vpclint.paths.FlowSteps;
import dev.vpclint.paths.Hop;
import dev.vpclint.paths.IntentChecks;
import dev.vpclint.paths.TraceResult;
import dev.vpclint.paths.Verdict;
import java.util.List;

/**
 * An intent with `through: [...]` whose working path (on the way there) misses one of those objects,
 * as Network Access Analyzer's `ThroughResources` would report it.
 */
@RuleInfo(id = "VL904", name = "intent-bypasses-inspection", severity = Severity.ERROR,
        summary = "A declared flow has a working path that does not cross the objects it must go through")
public final class IntentBypassesInspection implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Intent i : ctx.network().topology().intents()) {
            if (i.through().isEmpty() || !i.expectReachable()) continue;
            TraceResult r = IntentChecks.of(ctx.network(), i);
            for (Attempt a : r.attempts()) {
                if (a.verdict() != Verdict.REACHABLE) continue;
                List<PathRef> missed = IntentChecks.missed(a.there(), i.through());
                if (missed.isEmpty()) continue;
                String via = String.join(" -> ", a.there().hops().stream().map(Hop::object).distinct().toList());
                ctx.reportPath(IntentText.name(i) + " must go through " + String.join(", ", missed.stream().map(PathRef::toString).toList())
                        + ", but a working path from " + a.source().object() + " to " + a.goal().object() + " does not: " + via
                        + ". Route the traffic through the inspection point, or fix the intent.", i.loc(),
                        missed.stream().map(PathRef::loc).toList(), FlowSteps.of(a));
                break;
            }
        }
    }
}
