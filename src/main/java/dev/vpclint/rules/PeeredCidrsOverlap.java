package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Peering;
import dev.vpclint.model.PeeringStatus;
import dev.vpclint.model.Vpc;

/**
 * Flags a peering whose two VPCs have any overlapping CIDRs (primary, secondary or IPv6), even when routes
 * use only the disjoint parts: AWS fails such a peering ("VPC peering limitations", overlapping CIDR blocks).
 */
@RuleInfo(id = "VL106", name = "peered-cidrs-overlap", severity = Severity.ERROR,
        summary = "Two peered VPCs have overlapping CIDRs")
public final class PeeredCidrsOverlap implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network net = ctx.network();
        for (Peering p : net.topology().peerings().values()) {
            // A deleted or rejected peering no longer connects anything.
            if (p.status() == PeeringStatus.DELETED || p.status() == PeeringStatus.REJECTED) continue;
            Vpc requester = net.vpc(p.requester().name());
            Vpc accepter = net.vpc(p.accepter().name());
            if (requester == null || accepter == null || requester == accepter) continue;
            // Only this peering's two VPCs are compared: each has a handful of CIDRs.
            for (LocatedCidr r : requester.allCidrs()) {
                for (LocatedCidr a : accepter.allCidrs()) {
                    if (!r.cidr().overlaps(a.cidr())) continue;
                    ctx.report("peering " + p.name() + " joins VPC " + requester.name() + " (" + r.cidr() + ") and VPC "
                            + accepter.name() + " (" + a.cidr() + "), whose CIDRs overlap; AWS fails a peering between VPCs "
                            + "with any overlapping IPv4 or IPv6 CIDR, even if routes use only the disjoint parts. "
                            + "Renumber or remove one of the CIDRs, or connect the VPCs another way (transit gateway with "
                            + "non-overlapping routes, PrivateLink).", p.loc(), r.loc(), a.loc());
                }
            }
        }
    }
}
