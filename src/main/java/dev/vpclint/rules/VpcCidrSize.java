package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Vpc;

/** Flags a VPC IPv4 CIDR larger than /16 or smaller than /28 ("VPC CIDR blocks"). */
@RuleInfo(id = "VL101", name = "vpc-cidr-size", severity = Severity.ERROR,
        summary = "A VPC IPv4 CIDR is larger than /16 or smaller than /28")
public final class VpcCidrSize implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            for (int i = 0; i < vpc.cidrs().size(); i++) {
                LocatedCidr c = vpc.cidrs().get(i);
                int p = c.cidr().prefixLength();
                if (p >= 16 && p <= 28) continue;
                String role = i == 0 ? "primary" : "secondary";
                String fix = p < 16 ? "split it into /16 blocks (one primary plus secondary CIDRs) or use a /16"
                        : "use a /28 or larger block";
                ctx.report("VPC " + vpc.name() + " " + role + " CIDR " + c.cidr() + " is a /" + p
                        + "; AWS accepts IPv4 VPC CIDRs from /16 (65,536 addresses) to /28 (16 addresses) only. "
                        + capitalize(fix) + ".", c.loc());
            }
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
