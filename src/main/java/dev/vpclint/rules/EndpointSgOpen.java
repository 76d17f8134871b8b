package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Protocol;
import dev.vpclint.model.SecurityGroup;
import dev.vpclint.model.SgPeer;
import dev.vpclint.model.SgRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warns when a security group written on an endpoint admits any address (0.0.0.0/0, ::/0) or all
 * protocols and ports ("Interface VPC endpoints", security groups, in the AWS PrivateLink guide).
 */
@RuleInfo(id = "VL405", name = "endpoint-sg-open", severity = Severity.WARNING,
        summary = "An endpoint's security group admits any address, or all protocols and ports",
        tags = {"security"})
public final class EndpointSgOpen implements Rule {

    private record Use(SecurityGroup group, List<Endpoint> endpoints) {
    }

    @Override
    public void check(RuleContext ctx) {
        // Each group once, however many endpoints share it; the implicit default group is VL407's.
        Map<String, Use> uses = new LinkedHashMap<>();
        for (var v : ctx.network().topology().vpcs().values()) {
            for (Endpoint e : v.endpoints().values()) {
                for (SecurityGroup g : EndpointParts.writtenGroups(v, e)) {
                    if (g.implicit()) continue;
                    uses.computeIfAbsent(v.name() + "/" + g.name(), k -> new Use(g, new ArrayList<>())).endpoints().add(e);
                }
            }
        }
        for (Use use : uses.values()) {
            for (SgRule r : use.group().ingress()) {
                String why = openness(ctx.network(), r);
                if (why == null) continue;
                List<String> names = use.endpoints().stream().map(Endpoint::name).toList();
                List<Loc> related = new ArrayList<>(use.endpoints().stream().map(Endpoint::loc).toList());
                ctx.report("security group " + use.group().name() + " of VPC " + use.group().vpc() + ", on endpoint"
                        + (names.size() == 1 ? " " : "s ") + String.join(", ", names) + ", " + why
                        + " Admit only TCP on the service's port (443 for AWS services) from the VPC's CIDRs or the"
                        + " clients' security groups.", r.loc(), related);
            }
        }
    }

    /** Why the rule is open, or null when it is not. */
    private static String openness(Network network, SgRule r) {
        String traffic = r.protocol() == Protocol.ALL ? "all traffic" : r.protocol().word() + " " + r.ports();
        if (r.peer() instanceof SgPeer.OfCidr c && c.cidr().isDefaultRoute()) {
            return "admits " + traffic + " from " + c.cidr() + ": anything that can route to the endpoint reaches it.";
        }
        if (r.peer() instanceof SgPeer.OfPrefixList pl) {
            for (Cidr c : network.prefixListCidrs(pl.name())) {
                if (c.isDefaultRoute()) {
                    return "admits " + traffic + " from " + pl + ", which holds " + c
                            + ": anything that can route to the endpoint reaches it.";
                }
            }
        }
        // AWS ignores ports on an all-protocols rule: it admits every port.
        if (r.protocol() == Protocol.ALL) {
            return "admits all protocols and ports from " + r.peer() + ", far more than an endpoint serves.";
        }
        return null;
    }
}
