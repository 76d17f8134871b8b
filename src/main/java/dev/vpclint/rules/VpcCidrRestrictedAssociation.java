package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Vpc;
import java.util.List;

/**
 * Flags a secondary IPv4 CIDR that AWS refuses to associate given the primary's range, as the table
 * "IPv4 CIDR block association restrictions" on the AWS page "VPC CIDR blocks" lists it.
 */
@RuleInfo(id = "VL102", name = "vpc-cidr-restricted-association", severity = Severity.ERROR,
        summary = "A secondary IPv4 CIDR falls in a range AWS refuses to associate with this VPC")
public final class VpcCidrRestrictedAssociation implements Rule {
    private static final Cidr TEN = VpcAddressing.constant("10.0.0.0/8");
    private static final Cidr ONE_SEVENTY_TWO = VpcAddressing.constant("172.16.0.0/12");
    private static final Cidr ONE_NINETY_TWO = VpcAddressing.constant("192.168.0.0/16");
    private static final List<Cidr> RFC1918 = List.of(TEN, ONE_SEVENTY_TWO, ONE_NINETY_TWO);
    private static final Cidr BENCHMARK_198_19 = VpcAddressing.constant("198.19.0.0/16");
    private static final Cidr TEN_0_15 = VpcAddressing.constant("10.0.0.0/15");
    private static final Cidr TEN_0_16 = VpcAddressing.constant("10.0.0.0/16");
    private static final Cidr ONE_SEVENTY_TWO_31 = VpcAddressing.constant("172.31.0.0/16");

    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            if (vpc.cidrs().size() < 2) continue;
            LocatedCidr primary = vpc.cidrs().get(0);
            Cidr family = rfc1918Family(primary.cidr());
            String range = family != null ? family.toString()
                    : BENCHMARK_198_19.contains(primary.cidr()) ? BENCHMARK_198_19.toString()
                    : "a publicly routable or 100.64.0.0/10 range";
            for (int i = 1; i < vpc.cidrs().size(); i++) {
                LocatedCidr s = vpc.cidrs().get(i);
                String why = restriction(vpc, i, family, primary.cidr());
                if (why == null) continue;
                ctx.report("VPC " + vpc.name() + " secondary CIDR " + s.cidr() + " cannot be associated: its primary CIDR "
                        + primary.cidr() + " is in " + range + ", and " + why
                        + " (IPv4 CIDR block association restrictions). Choose a secondary CIDR the table permits, "
                        + "such as one from 100.64.0.0/10" + (family != null ? " or another part of " + family : "") + ".",
                        s.loc(), primary.loc());
            }
        }
    }

    /** Why AWS refuses the i-th CIDR, or null when the table permits it. */
    private static String restriction(Vpc vpc, int i, Cidr primaryFamily, Cidr primary) {
        Cidr s = vpc.cidrs().get(i).cidr();
        Cidr sFamily = rfc1918Family(s);
        if (primaryFamily == null && BENCHMARK_198_19.contains(primary)) {
            return sFamily != null ? "AWS does not add RFC 1918 ranges to a VPC whose primary is in 198.19.0.0/16" : null;
        }
        if (primaryFamily == null) {
            if (sFamily != null) return "AWS does not add RFC 1918 ranges to such a VPC";
            return s.overlaps(BENCHMARK_198_19) ? "AWS does not add 198.19.0.0/16 ranges to such a VPC" : null;
        }
        if (sFamily != null && !sFamily.equals(primaryFamily)) {
            return "AWS does not mix RFC 1918 ranges: " + sFamily + " cannot join a VPC in " + primaryFamily;
        }
        if (s.overlaps(BENCHMARK_198_19)) return "AWS does not add 198.19.0.0/16 ranges to a VPC in an RFC 1918 range";
        if (primaryFamily.equals(ONE_SEVENTY_TWO) && s.overlaps(ONE_SEVENTY_TWO_31)) {
            return "AWS does not add ranges from 172.31.0.0/16 to a VPC in 172.16.0.0/12";
        }
        if (primaryFamily.equals(TEN) && s.overlaps(TEN_0_16)) {
            // The CIDRs written before this one are those already associated when it is added.
            for (int j = 0; j < i; j++) {
                Cidr earlier = vpc.cidrs().get(j).cidr();
                if (earlier.overlaps(TEN_0_15)) {
                    return "AWS does not add ranges from 10.0.0.0/16 once the VPC has a CIDR in 10.0.0.0/15 (" + earlier + ")";
                }
            }
        }
        return null;
    }

    private static Cidr rfc1918Family(Cidr c) {
        for (Cidr f : RFC1918) {
            if (f.contains(c)) return f;
        }
        return null;
    }
}
