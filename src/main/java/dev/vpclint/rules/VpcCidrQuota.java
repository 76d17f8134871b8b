package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Vpc;
import java.util.List;

/**
 * Flags a VPC with more than 5 IPv4 or 5 IPv6 CIDRs, the primary included (default quota), and more than 50,
 * the most AWS raises it to ("Amazon VPC quotas").
 */
@RuleInfo(id = "VL111", name = "vpc-cidr-quota", severity = Severity.WARNING,
        summary = "More than 5 IPv4 or 5 IPv6 CIDRs in one VPC (error above 50)")
public final class VpcCidrQuota implements Rule {
    static final int DEFAULT_QUOTA = 5;
    static final int MAX_QUOTA = 50;

    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            check(ctx, vpc, vpc.cidrs(), "IPv4");
            check(ctx, vpc, vpc.ipv6Cidrs(), "IPv6");
        }
    }

    private static void check(RuleContext ctx, Vpc vpc, List<LocatedCidr> cidrs, String version) {
        int n = cidrs.size();
        if (n > MAX_QUOTA) {
            ctx.report(Severity.ERROR, "VPC " + vpc.name() + " has " + n + " " + version + " CIDRs; AWS allows at most "
                    + MAX_QUOTA + " per VPC even after a quota increase, so " + cidrs.get(MAX_QUOTA).cidr()
                    + " and later cannot be associated. Split the address space across VPCs.", cidrs.get(MAX_QUOTA).loc());
        } else if (n > DEFAULT_QUOTA) {
            ctx.report("VPC " + vpc.name() + " has " + n + " " + version + " CIDRs; the default quota is " + DEFAULT_QUOTA
                    + " in all, the primary included, so " + cidrs.get(DEFAULT_QUOTA).cidr() + " needs an increase of the \""
                    + version + " CIDR blocks per VPC\" quota (up to " + MAX_QUOTA + "). Request it before deploying, or use "
                    + "fewer, larger CIDRs.", cidrs.get(DEFAULT_QUOTA).loc());
        }
    }
}
