package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Intent;
import dev.vpclint.paths.FlowSteps;
import dev.vpclint.paths.Hop;
import dev.vpclint.paths.IntentChecks;
import dev.vpclint.paths.TraceResult;
import dev.vpclint.paths.Verdict;
import java.util.List;

/** An intent `expect: isolated` that the path engine finds a working path for. */
@RuleInfo(id = "VL902", name = "intent-not-isolated", severity = Severity.ERROR,
        summary = "A declared flow that must be isolated has a working path")
public final class IntentNotIsolated implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Intent i : ctx.network().topology().intents()) {
            if (i.expectReachable()) continue;
            TraceResult r = IntentChecks.of(ctx.network(), i);
            if (r.verdict() != Verdict.REACHABLE) continue;
            List<Hop> hops = r.chosen().there().hops();
            String via = String.join(" -> ", hops.stream().map(Hop::object).distinct().toList());
            ctx.reportPath(IntentText.name(i) + " expects isolation, but traffic gets there and back" + IntentText.attempts(r) + ": " + via
                    + ". Remove the route or rule that lets it through, or change the intent.", i.loc(),
                    hops.stream().map(Hop::loc).filter(l -> l != null).distinct().limit(3).toList(), FlowSteps.of(r.chosen()));
        }
    }
}
