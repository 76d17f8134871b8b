package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.Vpc;
import java.util.List;

/**
 * Flags a subnet whose IPv4 CIDR is not inside one VPC IPv4 CIDR or not /16-/28, or whose IPv6 CIDR is not
 * inside a VPC IPv6 CIDR ("Subnet CIDR blocks").
 */
@RuleInfo(id = "VL104", name = "subnet-outside-vpc", severity = Severity.ERROR,
        summary = "A subnet CIDR is not inside a CIDR of its VPC, or its IPv4 prefix is outside /16-/28")
public final class SubnetOutsideVpc implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            for (Subnet s : vpc.subnets().values()) {
                if (s.cidr() != null) checkIpv4(ctx, vpc, s, s.cidr());
                if (s.ipv6Cidr() != null && !insideOne(s.ipv6Cidr(), vpc.ipv6Cidrs())) {
                    String has = vpc.hasIpv6() ? "its IPv6 CIDRs " + cidrs(vpc.ipv6Cidrs()) : "no IPv6 CIDR";
                    ctx.report("Subnet " + s.name() + " IPv6 CIDR " + s.ipv6Cidr().cidr() + " is not inside an IPv6 CIDR of VPC "
                            + vpc.name() + " (" + has + "); a subnet's IPv6 block must come from its VPC's. "
                            + (vpc.hasIpv6() ? "Take a /64 from the VPC's IPv6 CIDR." : "Add an IPv6 CIDR to the VPC first."),
                            s.ipv6Cidr().loc());
                }
            }
        }
    }

    private static void checkIpv4(RuleContext ctx, Vpc vpc, Subnet s, LocatedCidr c) {
        int p = c.cidr().prefixLength();
        boolean inside = insideOne(c, vpc.cidrs());
        boolean sized = p >= 16 && p <= 28;
        if (inside && sized) return;
        StringBuilder m = new StringBuilder("Subnet " + s.name() + " CIDR " + c.cidr());
        if (!inside) {
            m.append(" is not inside any IPv4 CIDR of VPC ").append(vpc.name()).append(" (").append(cidrs(vpc.cidrs()))
                    .append(")");
        }
        if (!sized) m.append(inside ? " is a /" : " and is a /").append(p).append(", outside the /16-/28 AWS allows");
        m.append("; AWS creates a subnet only from one of its VPC's CIDR blocks, /16 to /28. ");
        m.append(inside ? "Resize it to /16-/28." : "Pick a range inside a VPC CIDR, or add a secondary CIDR that covers it.");
        ctx.report(m.toString(), c.loc());
    }

    private static boolean insideOne(LocatedCidr c, List<LocatedCidr> vpcCidrs) {
        for (LocatedCidr v : vpcCidrs) {
            if (v.cidr().contains(c.cidr())) return true;
        }
        return false;
    }

    private static String cidrs(List<LocatedCidr> list) {
        return String.join(", ", list.stream().map(c -> c.cidr().toString()).toList());
    }
}
