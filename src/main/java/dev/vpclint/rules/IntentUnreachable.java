package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Intent;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.paths.FlowSteps;
import dev.vpclint.paths.IntentChecks;
import dev.vpclint.paths.Reason;
import dev.vpclint.paths.TraceResult;
import dev.vpclint.paths.Verdict;

/** An intent `expect: reachable` with no working path there and back, as the path engine finds it. */
@RuleInfo(id = "VL901", name = "intent-unreachable", severity = Severity.ERROR,
        summary = "A declared flow that must be reachable has no working path there and back")
public final class IntentUnreachable implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Intent i : ctx.network().topology().intents()) {
            if (!i.expectReachable()) continue;
            TraceResult r = IntentChecks.of(ctx.network(), i);
            if (r.verdict() != Verdict.UNREACHABLE || !r.errors().isEmpty() || ownedByGatewayEndpointRules(i, r)) continue;
            ctx.reportPath(IntentText.name(i) + " expects a working path, but it stops " + IntentText.stop(r.chosen()) + IntentText.attempts(r)
                    + ". " + r.chosen().stop().reason().meaning + ".", i.loc(), IntentText.related(r.chosen()), FlowSteps.of(r.chosen()));
        }
    }

    /** VL301 / VL302 report an S3 or DynamoDB intent that fails only at a gateway endpoint: one mistake, one finding. */
    private static boolean ownedByGatewayEndpointRules(Intent i, TraceResult r) {
        IntentEnd.Kind from = i.from().kind();
        boolean fromCovered = from == IntentEnd.Kind.ONPREM || from == IntentEnd.Kind.VPC || from == IntentEnd.Kind.SUBNET;
        return fromCovered && i.to().kind() == IntentEnd.Kind.SERVICE && r.chosen().stop().reason() == Reason.VPCE_GATEWAY_FROM_OUTSIDE_VPC;
    }
}
