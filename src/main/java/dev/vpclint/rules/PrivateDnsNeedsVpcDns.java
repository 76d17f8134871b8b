package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Dns;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags an interface endpoint with private DNS in a VPC whose DNS support or DNS hostnames is off
 * (CreateVpcEndpoint PrivateDnsEnabled: both VPC attributes must be true).
 */
@RuleInfo(id = "VL402", name = "private-dns-needs-vpc-dns", severity = Severity.ERROR,
        summary = "Private DNS on an interface endpoint needs DNS support and DNS hostnames on in its VPC")
public final class PrivateDnsNeedsVpcDns implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (EndpointParts.Placed p : EndpointParts.endpoints(ctx.network(), EndpointType.INTERFACE)) {
            Endpoint e = p.endpoint();
            Vpc vpc = p.vpc();
            Dns dns = vpc.dns();
            if (!e.privateDns() || dns == null || (dns.support() && dns.hostnames())) continue;
            List<String> off = dns.disabled();
            List<Loc> related = new ArrayList<>(dns.disabledLocs());
            related.add(vpc.loc());
            String fix = off.size() == 2 ? "support: true, hostnames: true" : !dns.support() ? "support: true" : "hostnames: true";
            ctx.report("endpoint " + e.name() + " has private DNS" + (e.privateDnsLoc().equals(e.loc()) ? " (on by default)" : "")
                    + " but VPC " + vpc.name() + " has " + String.join(" and ", off) + " off"
                    + (!dns.hostnames() && !dns.hostnamesLoc().path().endsWith(".hostnames") ? " (DNS hostnames are off by default)" : "")
                    + ": AWS refuses private DNS unless enableDnsSupport and enableDnsHostnames are both true."
                    + " Set dns: {" + fix + "} on VPC " + vpc.name() + ", or private_dns: false.", e.privateDnsLoc(), related);
        }
    }
}
