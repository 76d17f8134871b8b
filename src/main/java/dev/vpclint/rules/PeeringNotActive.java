package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.PeeringStatus;

/**
 * Flags a route through a peering that is not `active`: AWS shows it as a blackhole until the
 * peering is active ("Update your route tables for a VPC peering connection"; "VPC peering connection lifecycle").
 */
@RuleInfo(id = "VL204", name = "peering-not-active", severity = Severity.ERROR,
        summary = "A route uses a peering whose status is not active")
public final class PeeringNotActive implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (PeeringRoutes.Hop hop : PeeringRoutes.of(ctx.network())) {
            PeeringStatus status = hop.peering().status();
            if (status == PeeringStatus.ACTIVE) continue;
            String fix = status == PeeringStatus.PENDING_ACCEPTANCE
                    ? "The owner of " + hop.peering().accepter().name() + " must accept the request (it expires after 7 days)."
                    : "A " + status.word + " peering can never become active: create a new peering, then point this route at it.";
            ctx.report("route to " + hop.route().destination() + " uses peering " + hop.peering().name() + ", whose status is "
                    + status.word + ": the route is a blackhole and carries no traffic until the peering is active. " + fix,
                    hop.route().loc(), hop.peering().statusLoc());
        }
    }
}
