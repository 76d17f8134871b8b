package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Connection;
import dev.vpclint.model.DxAssociation;
import dev.vpclint.model.DxGateway;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.OnpremSite;
import dev.vpclint.model.PortRange;
import dev.vpclint.model.Protocol;
import dev.vpclint.model.SecurityGroup;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Subnet;
import dev.vpclint.model.SgPeer;
import dev.vpclint.model.TgwAttachment;
import dev.vpclint.model.Vpc;
import dev.vpclint.net.Network;
import dev.vpclint.paths.Attempt;
import dev.vpclint.paths.Flow;
import dev.vpclint.paths.FlowSteps;
import dev.vpclint.paths.Hop;
import dev.vpclint.paths.Reason;
import dev.vpclint.paths.TraceResult;
import dev.vpclint.paths.Tracer;
import dev.vpclint.paths.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Flags an interface endpoint whose written security groups refuse every client that the network
 * actually delivers to it ("Access an AWS service using an interface VPC endpoint", security
 * groups; "Centralized access to VPC private endpoints"): TCP 443 for an AWS service, any TCP port
 * for an endpoint service. Who is delivered is the path engine's answer: the candidates are the
 * endpoint's own VPC, its peers, the VPCs on a transit gateway it is attached to, and the on-prem
 * sites connected to its VGW, such a TGW or a DX gateway of either; each is traced to the endpoint.
 */
@RuleInfo(id = "VL406", name = "endpoint-sg-blocks-vpc", severity = Severity.ERROR,
        summary = "An interface endpoint's security groups admit no TCP from any client the network delivers to it")
public final class EndpointSgBlocksVpc implements Rule {
    private static final PortRange HTTPS = new PortRange(443, 443);
    /** Refused clients named in a message; the rest are counted. */
    private static final int NAMED = 3;

    private enum Outcome { ADMITTED, REFUSED, NOT_DELIVERED }

    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        Tracer tracer = new Tracer(network);
        for (EndpointParts.Placed p : EndpointParts.endpoints(network, EndpointType.INTERFACE)) {
            Endpoint e = p.endpoint();
            Vpc vpc = p.vpc();
            // No groups written: the VPC default group, which admits its own members (VL407's note).
            if (!e.securityGroupsWritten() || e.securityGroups().isEmpty()) continue;
            List<SecurityGroup> groups = EndpointParts.writtenGroups(vpc, e);
            if (groups.size() != e.securityGroups().stream().map(r -> r.name()).distinct().count()) continue; // dangling: VL005
            check(ctx, tracer, vpc, e, groups);
        }
    }

    private static void check(RuleContext ctx, Tracer tracer, Vpc vpc, Endpoint e, List<SecurityGroup> groups) {
        Network network = ctx.network();
        boolean aws = e.service() instanceof ServiceRef.Aws;
        IntentEnd to = new IntentEnd(IntentEnd.Kind.VPCE, vpc.name(), e.name(), null, null, e.loc());
        List<String> refused = new ArrayList<>();
        Attempt firstRefused = null;
        String firstCidr = null;
        // The own VPC first: in the common case it is admitted, and nothing else is traced.
        List<IntentEnd> candidates = new ArrayList<>();
        candidates.add(vpcEnd(vpc));
        for (int i = 0; i < candidates.size(); i++) {
            IntentEnd from = candidates.get(i);
            TraceResult r = trace(tracer, network, from, new Flow(from, to, Protocol.TCP, aws ? HTTPS : PortRange.ALL));
            Outcome o = judge(r, "vpce/" + vpc.name() + "/" + e.name());
            if (o == Outcome.ADMITTED) return;
            if (o == Outcome.REFUSED) {
                refused.add(describe(network, from));
                if (firstRefused == null) {
                    firstRefused = r.chosen();
                    firstCidr = firstCidr(network, from);
                }
            }
            if (i == 0) candidates.addAll(others(network, vpc));
        }
        if (firstRefused == null) return; // nothing reaches the endpoint: routing rules' business, not its groups'
        String names = String.join(", ", groups.stream().map(SecurityGroup::name).toList());
        String traffic = aws ? "TCP 443" : "TCP on the service's port";
        String clients = String.join("; ", refused.subList(0, Math.min(NAMED, refused.size())))
                + (refused.size() > NAMED ? "; and " + (refused.size() - NAMED) + " more" : "");
        String rule = "{protocol: tcp, ports: " + (aws ? "443" : "<the service port>") + ", source: " + firstCidr + "}";
        ctx.reportPath("endpoint " + e.name() + " in VPC " + vpc.name() + ": its security group" + (groups.size() == 1 ? " " : "s ")
                + names + " admit" + (groups.size() == 1 ? "s" : "") + " no " + traffic + " from any client that routing delivers to it ("
                + clients + "), so none can connect to the endpoint. Add an ingress rule " + rule
                + " (or from the clients' security group) to " + groups.get(0).name() + ".",
                e.securityGroups().get(0).loc(), List.of(groups.get(0).loc()), FlowSteps.of(firstRefused));
    }

    /**
     * The trace of `flow`; for a VPC, subnet by subnet until one is reachable (a VPC's attempts are
     * its subnets' in order, so the verdict and the chosen attempt are the same as tracing the VPC
     * at once, without tracing the other subnets of a VPC whose first subnet is admitted).
     */
    private static TraceResult trace(Tracer tracer, Network network, IntentEnd from, Flow flow) {
        if (from.kind() != IntentEnd.Kind.VPC) return tracer.decide(flow);
        TraceResult unknown = null;
        TraceResult unreachable = null;
        for (Subnet s : network.vpc(from.name()).subnets().values()) {
            IntentEnd subnet = new IntentEnd(IntentEnd.Kind.SUBNET, from.name(), s.name(), null, null, s.loc());
            TraceResult r = tracer.decide(new Flow(subnet, flow.to(), flow.protocol(), flow.ports()));
            if (r.verdict() == Verdict.REACHABLE) return r;
            if (r.chosen() == null) continue;
            if (r.verdict() == Verdict.UNKNOWN && unknown == null) unknown = r;
            if (r.verdict() == Verdict.UNREACHABLE && unreachable == null) unreachable = r;
        }
        if (unknown != null) return unknown;
        return unreachable != null ? unreachable : tracer.decide(flow);
    }

    /**
     * Admitted when the flow is reachable, or when the engine cannot tell because the groups admit
     * members of a group of the client's VPC and the client's groups are not declared (its clients
     * may be members); refused when routing got it to the endpoint and its groups turned it away.
     */
    private static Outcome judge(TraceResult r, String endpoint) {
        if (r.verdict() == Verdict.REACHABLE) return Outcome.ADMITTED;
        Attempt a = r.chosen();
        Hop stop = a == null ? null : a.stop();
        if (stop == null || !endpoint.equals(stop.object())) return Outcome.NOT_DELIVERED;
        if (stop.reason() == Reason.UNKNOWN) return Outcome.ADMITTED;
        return stop.reason() == Reason.ENI_SG_RULES_MISMATCH ? Outcome.REFUSED : Outcome.NOT_DELIVERED;
    }

    private static IntentEnd vpcEnd(Vpc v) {
        return new IntentEnd(IntentEnd.Kind.VPC, v.name(), null, null, null, v.loc());
    }

    /**
     * Everything else that may send to the endpoint, VPCs then sites, each in the order written:
     * peers, VPCs attached to a transit gateway the endpoint's VPC is attached to, and sites with a
     * connection to its VGW, to such a TGW, or to a DX gateway associated with either.
     */
    private static List<IntentEnd> others(Network network, Vpc vpc) {
        Set<String> vpcs = new HashSet<>(network.peersOf(vpc.name()));
        Set<String> tgws = new LinkedHashSet<>();
        for (TgwAttachment a : network.tgwAttachmentsOfVpc(vpc.name())) tgws.add(a.transitGateway());
        for (String t : tgws) {
            for (TgwAttachment a : network.attachmentsOf(t).values()) {
                if (a.kind() == TgwAttachment.Kind.VPC && a.vpc() != null) vpcs.add(a.vpc().name());
            }
        }
        vpcs.remove(vpc.name());
        List<IntentEnd> out = new ArrayList<>();
        if (!vpcs.isEmpty()) {
            for (Vpc v : network.topology().vpcs().values()) {
                if (vpcs.contains(v.name())) out.add(vpcEnd(v));
            }
        }
        Set<String> dxgws = new HashSet<>();
        for (DxGateway dx : network.dxGatewaysOfVpc(vpc.name())) dxgws.add(dx.name());
        for (DxGateway dx : network.topology().directConnectGateways().values()) {
            for (DxAssociation a : dx.associations()) {
                if (a.transitGateway() != null && tgws.contains(a.transitGateway().name())) dxgws.add(dx.name());
            }
        }
        for (OnpremSite s : network.topology().onprem().values()) {
            for (Connection c : s.connections().values()) {
                boolean vgw = c.vpc() != null && c.vpc().name().equals(vpc.name());
                boolean tgw = c.transitGateway() != null && tgws.contains(c.transitGateway().name());
                boolean dx = c.directConnectGateway() != null && dxgws.contains(c.directConnectGateway().name());
                if (vgw || tgw || dx) {
                    out.add(new IntentEnd(IntentEnd.Kind.ONPREM, s.name(), null, null, null, s.loc()));
                    break;
                }
            }
        }
        return out;
    }

    private static String describe(Network network, IntentEnd end) {
        if (end.kind() == IntentEnd.Kind.VPC) return "VPC " + end.name() + " " + cidrs(network.vpc(end.name()).allCidrs());
        return "on-prem site " + end.name() + " " + cidrs(network.topology().onprem().get(end.name()).cidrs());
    }

    private static String cidrs(List<LocatedCidr> cidrs) {
        return String.join(", ", cidrs.stream().map(c -> c.cidr().toString()).toList());
    }

    private static String firstCidr(Network network, IntentEnd end) {
        List<LocatedCidr> cidrs = end.kind() == IntentEnd.Kind.VPC ? network.vpc(end.name()).allCidrs() : network.topology().onprem().get(end.name()).cidrs();
        return cidrs.isEmpty() ? "<the clients' CIDR>" : cidrs.get(0).cidr().toString();
    }
}
