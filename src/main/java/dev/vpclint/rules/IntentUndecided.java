package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Intent;
import dev.vpclint.paths.FlowSteps;
import dev.vpclint.paths.IntentChecks;
import dev.vpclint.paths.TraceResult;
import dev.vpclint.paths.Verdict;
import java.util.List;

/**
 * An intent the path engine cannot decide: the path crosses something vpclint does not model (an
 * appliance behind a network interface, the internet between two networks) or an end that cannot
 * start or receive a flow. Never read as passing: a CI gate must not stay green on an unchecked intent.
 */
@RuleInfo(id = "VL905", name = "intent-undecided", severity = Severity.WARNING,
        summary = "A declared flow the path engine cannot decide either way")
public final class IntentUndecided implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Intent i : ctx.network().topology().intents()) {
            TraceResult r = IntentChecks.of(ctx.network(), i);
            if (!r.errors().isEmpty()) {
                ctx.report(IntentText.name(i) + " cannot be checked: " + String.join("; ", r.errors()) + ".", i.loc());
            } else if (r.verdict() == Verdict.UNKNOWN) {
                ctx.reportPath(IntentText.name(i) + " cannot be decided: the best path stops " + IntentText.stop(r.chosen()) + IntentText.attempts(r)
                        + ". " + r.chosen().stop().reason().meaning + ". Trace it with `vpclint trace` and check that part by hand.",
                        i.loc(), IntentText.related(r.chosen()), FlowSteps.of(r.chosen()));
            }
        }
    }
}
