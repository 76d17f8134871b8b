package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.CidrIndex;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Flags two subnets of one VPC whose IPv4 or IPv6 CIDRs overlap ("Subnet CIDR blocks"). */
@RuleInfo(id = "VL105", name = "subnets-overlap", severity = Severity.ERROR,
        summary = "Two subnets of one VPC overlap")
public final class SubnetsOverlap implements Rule {
    /** A subnet CIDR with the subnet's position in the VPC, to tell the later of a pair. */
    private record Placed(int order, Subnet subnet, LocatedCidr cidr) {
    }

    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            List<Map.Entry<Cidr, Placed>> entries = new ArrayList<>();
            int order = 0;
            for (Subnet s : vpc.subnets().values()) {
                if (s.cidr() != null) entries.add(Map.entry(s.cidr().cidr(), new Placed(order, s, s.cidr())));
                if (s.ipv6Cidr() != null) entries.add(Map.entry(s.ipv6Cidr().cidr(), new Placed(order, s, s.ipv6Cidr())));
                order++;
            }
            CidrIndex.forEachOverlappingPair(entries, (x, y) -> {
                Placed a = x.getValue().order() <= y.getValue().order() ? x.getValue() : y.getValue();
                Placed b = a == x.getValue() ? y.getValue() : x.getValue();
                if (a.subnet() == b.subnet()) return;
                ctx.report("subnet " + b.subnet().name() + " CIDR " + b.cidr().cidr() + " overlaps subnet " + a.subnet().name()
                        + " CIDR " + a.cidr().cidr() + " in VPC " + vpc.name()
                        + "; AWS refuses a subnet whose block overlaps another subnet's. Give " + b.subnet().name()
                        + " a disjoint range.", b.cidr().loc(), a.cidr().loc());
            });
        }
    }
}
