package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Vpc;
import java.util.List;

/** Flags two CIDRs (IPv4 or IPv6) of one VPC that overlap ("VPC CIDR blocks": no overlap with an existing CIDR). */
@RuleInfo(id = "VL103", name = "vpc-cidrs-overlap", severity = Severity.ERROR,
        summary = "Two CIDRs of one VPC overlap")
public final class VpcCidrsOverlap implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            List<LocatedCidr> all = vpc.allCidrs();
            // A VPC has a handful of CIDRs (at most 50 of each version), so pairs are cheap here.
            for (int later = 1; later < all.size(); later++) {
                for (int earlier = 0; earlier < later; earlier++) {
                    LocatedCidr a = all.get(earlier);
                    LocatedCidr b = all.get(later);
                    if (!a.cidr().overlaps(b.cidr())) continue;
                    String how = a.cidr().equals(b.cidr()) ? "repeats" : "overlaps";
                    ctx.report("VPC " + vpc.name() + " CIDR " + b.cidr() + " " + how + " its CIDR " + a.cidr()
                            + "; AWS refuses to associate a CIDR that overlaps one the VPC already has. "
                            + "Remove it or choose a disjoint range.", b.loc(), a.loc());
                    break;
                }
            }
        }
    }
}
