package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.*;
import java.util.ArrayList;
import java.util.List;

/** A gateway endpoint in a VPC with DNS resolution or DNS hostnames off ("Gateway endpoints for Amazon S3", considerations). */
@RuleInfo(id = "VL307", name = "gateway-endpoint-dns", severity = Severity.WARNING,
        summary = "A VPC with a gateway endpoint has DNS support or DNS hostnames disabled")
public final class GatewayEndpointDns implements Rule {
    @Override
    public void check(RuleContext ctx) {
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            Dns dns = vpc.dns();
            if (dns == null || dns.support() && dns.hostnames()) continue;
            List<String> off = dns.disabled();
            List<Loc> related = dns.disabledLocs();
            for (Endpoint e : vpc.endpoints().values()) {
                if (e.type() != EndpointType.GATEWAY) continue;
                ctx.report("VPC " + vpc.name() + " has gateway endpoint " + e.name() + " but " + String.join(" and ", off)
                        + " disabled; AWS requires both DNS hostnames and DNS resolution "
                        + "when instances use the Amazon DNS server. Set `dns: {support: true, hostnames: true}` on VPC "
                        + vpc.name() + ", or make sure your own DNS server resolves " + e.service()
                        + " names to the AWS public IP addresses.", e.loc(), related);
            }
        }
    }
}
