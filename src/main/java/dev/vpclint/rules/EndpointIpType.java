package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointService;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.IpAddressType;
import dev.vpclint.model.Loc;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Vpc;
import dev.vpclint.rules.EndpointParts.PlacedSubnet;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags an interface or GWLB endpoint whose IP address type its subnets, VPC or service cannot
 * carry ("IP address types" in the AWS PrivateLink guide, and CreateVpcEndpoint IpAddressType).
 */
@RuleInfo(id = "VL401", name = "endpoint-ip-type", severity = Severity.ERROR,
        summary = "The endpoint's IP address type does not fit its subnets, its VPC or its service")
public final class EndpointIpType implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (EndpointParts.Placed p : EndpointParts.endpoints(ctx.network(),
                EndpointType.INTERFACE, EndpointType.GATEWAY_LOAD_BALANCER)) {
            checkEndpoint(ctx, p.vpc(), p.endpoint());
        }
    }

    private void checkEndpoint(RuleContext ctx, Vpc vpc, Endpoint e) {
        IpAddressType type = e.ipAddressType();
        Loc at = e.ipAddressTypeLoc();
        String what = "endpoint " + e.name() + " in VPC " + vpc.name() + " has ip_address_type " + type.word;
        List<PlacedSubnet> subnets = EndpointParts.subnets(vpc, e);
        List<PlacedSubnet> noIpv4 = new ArrayList<>();
        List<PlacedSubnet> noIpv6 = new ArrayList<>();
        List<PlacedSubnet> notIpv6Only = new ArrayList<>();
        for (PlacedSubnet s : subnets) {
            if (s.subnet().cidr() == null) noIpv4.add(s);
            if (!s.subnet().hasIpv6()) noIpv6.add(s);
            if (!s.subnet().isIpv6Only()) notIpv6Only.add(s);
        }
        boolean wantsIpv6 = type != IpAddressType.IPV4;
        boolean wantsIpv4 = type != IpAddressType.IPV6;
        if (type == IpAddressType.IPV4 && !noIpv4.isEmpty()) {
            report(ctx, what + (at.equals(e.loc()) ? " (the default when not written)" : "") + ", but " + EndpointParts.subnetWord(noIpv4)
                    + (noIpv4.size() == 1 ? " is" : " are") + " IPv6-only: AWS assigns the endpoint an IPv4 address in each"
                    + " subnet. Set ip_address_type: ipv6 (all subnets IPv6-only) or choose subnets with IPv4 CIDRs.", at, noIpv4);
        }
        if (type == IpAddressType.DUALSTACK && !noIpv4.isEmpty()) {
            report(ctx, what + ", but " + EndpointParts.subnetWord(noIpv4) + (noIpv4.size() == 1 ? " has" : " have")
                    + " no IPv4 CIDR: dualstack needs every subnet to have both IPv4 and IPv6."
                    + " Choose dual-stack subnets, or set ip_address_type: ipv6 with IPv6-only subnets.", at, noIpv4);
        }
        if (wantsIpv6 && !vpc.hasIpv6()) {
            ctx.report(what + ", but VPC " + vpc.name() + " has no IPv6 CIDR, so none of its subnets can hold an IPv6"
                    + " address. Associate an IPv6 CIDR with the VPC and an IPv6 /64 with each endpoint subnet,"
                    + " or set ip_address_type: ipv4.", at, vpc.loc());
        } else if (type == IpAddressType.DUALSTACK && !noIpv6.isEmpty()) {
            report(ctx, what + ", but " + EndpointParts.subnetWord(noIpv6) + (noIpv6.size() == 1 ? " has" : " have")
                    + " no IPv6 CIDR: dualstack needs every subnet to have both IPv4 and IPv6."
                    + " Add an IPv6 /64 to each endpoint subnet, or set ip_address_type: ipv4.", at, noIpv6);
        }
        if (type == IpAddressType.IPV6 && !notIpv6Only.isEmpty()) {
            report(ctx, what + ", but " + EndpointParts.subnetWord(notIpv6Only) + (notIpv6Only.size() == 1 ? " is" : " are")
                    + " not IPv6-only: ipv6 needs every subnet to be IPv6-only. Use IPv6-only subnets,"
                    + " or set ip_address_type: dualstack with dual-stack subnets.", at, notIpv6Only);
        }
        checkService(ctx, e, at, what, wantsIpv4, wantsIpv6);
    }

    private void checkService(RuleContext ctx, Endpoint e, Loc at, String what, boolean wantsIpv4, boolean wantsIpv6) {
        if (e.service() instanceof ServiceRef.Aws aws) {
            ServiceCatalog.Service s = ctx.catalog().get(aws.name());
            // Only a stated "no" counts: an unknown fact (null) never raises a finding.
            if (wantsIpv6 && s != null && Boolean.FALSE.equals(s.ipv6())) {
                ctx.report(what + ", but AWS service " + aws.name() + " does not support IPv6 through PrivateLink"
                        + " (service catalogue). Set ip_address_type: ipv4 with subnets that have IPv4 CIDRs.", at, e.serviceLoc());
            }
        } else if (e.service() instanceof ServiceRef.EndpointServiceRef ref) {
            EndpointService s = ctx.network().endpointService(ref.name());
            if (s == null) return;
            List<String> missing = new ArrayList<>();
            if (wantsIpv6 && !s.supportsIpv6()) missing.add("ipv6");
            if (wantsIpv4 && !s.supportedIpAddressTypes().contains(IpAddressType.IPV4)) missing.add("ipv4");
            if (missing.isEmpty()) return;
            ctx.report(what + ", but endpoint service " + s.name() + " lists supported_ip_address_types "
                    + s.supportedIpAddressTypes().stream().map(t -> t.word).toList() + " without " + String.join(" and ", missing)
                    + ". Add " + String.join(" and ", missing) + " to the service's supported_ip_address_types,"
                    + " or change the endpoint's ip_address_type to one the service supports.", at, s.ipTypesLoc(), s.loc());
        }
    }

    private static void report(RuleContext ctx, String message, Loc at, List<PlacedSubnet> subnets) {
        List<Loc> related = new ArrayList<>();
        for (PlacedSubnet s : subnets) related.add(s.subnet().loc());
        ctx.report(message, at, related);
    }
}
