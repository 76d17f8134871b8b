package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.SecurityGroup;

/**
 * Notes an interface endpoint with no `security_groups`: AWS associates the VPC default security
 * group (CreateVpcEndpoint SecurityGroupIds; "Interface VPC endpoints" in the AWS PrivateLink guide).
 */
@RuleInfo(id = "VL407", name = "endpoint-default-sg", severity = Severity.NOTE,
        summary = "An interface endpoint without security groups gets the VPC default security group")
public final class EndpointDefaultSg implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (EndpointParts.Placed p : EndpointParts.endpoints(ctx.network(), EndpointType.INTERFACE)) {
            Endpoint e = p.endpoint();
            // An empty list is sent as no SecurityGroupIds, which also means the default group.
            if (e.securityGroupsWritten() && !e.securityGroups().isEmpty()) continue;
            SecurityGroup dflt = p.vpc().securityGroups().get(SecurityGroup.DEFAULT_NAME);
            boolean implicit = dflt == null || dflt.implicit();
            ctx.report("endpoint " + e.name() + " in VPC " + p.vpc().name() + " names no security groups, so AWS associates"
                    + " the VPC default security group" + (implicit ? ", which admits only its own members: clients outside it"
                    + " (peers, on-prem, other groups) cannot connect" : ", shared with everything else that uses it")
                    + ". Give the endpoint its own group admitting TCP 443 (or the service's port) from its clients.",
                    e.loc(), dflt == null ? null : dflt.loc());
        }
    }
}
