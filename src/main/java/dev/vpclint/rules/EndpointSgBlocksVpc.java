package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Protocol;
import dev.vpclint.model.SecurityGroup;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.SgPeer;
import dev.vpclint.model.SgRule;
import dev.vpclint.model.Vpc;
import java.util.List;

/**
 * Flags an interface endpoint whose written security groups admit no TCP on the service's port
 * (443 for AWS services) from its own VPC ("Interface VPC endpoints", security groups, in the AWS
 * PrivateLink guide): clients in the VPC time out.
 */
@RuleInfo(id = "VL406", name = "endpoint-sg-blocks-vpc", severity = Severity.ERROR,
        summary = "An interface endpoint's security groups admit no TCP from its own VPC")
public final class EndpointSgBlocksVpc implements Rule {
    private static final int HTTPS = 443;

    @Override
    public void check(RuleContext ctx) {
        for (EndpointParts.Placed p : EndpointParts.endpoints(ctx.network(), EndpointType.INTERFACE)) {
            Endpoint e = p.endpoint();
            Vpc vpc = p.vpc();
            // No groups written: the VPC default group, which admits its own members (a group of the VPC).
            if (!e.securityGroupsWritten() || e.securityGroups().isEmpty()) continue;
            List<SecurityGroup> groups = EndpointParts.writtenGroups(vpc, e);
            if (groups.size() != e.securityGroups().stream().map(r -> r.name()).distinct().count()) continue; // dangling: VL005
            boolean aws = e.service() instanceof ServiceRef.Aws;
            if (groups.stream().anyMatch(g -> g.ingress().stream().anyMatch(r -> admitsVpc(ctx.network(), vpc, r, aws)))) continue;
            String names = String.join(", ", groups.stream().map(SecurityGroup::name).toList());
            String cidrs = String.join(", ", vpc.allCidrs().stream().map(c -> c.cidr().toString()).toList());
            String traffic = aws ? "TCP 443" : "TCP on the service's port";
            String rule = "{protocol: tcp, ports: " + (aws ? "443" : "<the service port>") + ", source: " + vpc.cidrs().get(0).cidr() + "}";
            ctx.report("endpoint " + e.name() + " in VPC " + vpc.name() + ": its security group" + (groups.size() == 1 ? " " : "s ")
                    + names + " admit" + (groups.size() == 1 ? "s" : "") + " no " + traffic + " from the VPC's CIDRs (" + cidrs
                    + ") or its security groups, so clients in the VPC cannot connect to the endpoint. Add an ingress rule "
                    + rule + " (or from the clients' security group) to " + groups.get(0).name() + ".",
                    e.securityGroups().get(0).loc(), groups.get(0).loc());
        }
    }

    private static boolean admitsVpc(Network network, Vpc vpc, SgRule r, boolean aws) {
        if (r.protocol() != Protocol.TCP && r.protocol() != Protocol.ALL) return false;
        // An all-protocols rule admits every port; a TCP rule must cover 443 for AWS services.
        if (aws && r.protocol() == Protocol.TCP && !r.ports().contains(HTTPS)) return false;
        if (r.peer() instanceof SgPeer.OfGroup g) return g.vpc().equals(vpc.name());
        if (r.peer() instanceof SgPeer.OfCidr c) return vpc.cidrOverlapping(c.cidr()) != null;
        if (r.peer() instanceof SgPeer.OfPrefixList pl) {
            for (Cidr c : network.prefixListCidrs(pl.name())) {
                if (vpc.cidrOverlapping(c) != null) return true;
            }
        }
        return false;
    }
}
