package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.Connection;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.OnpremSite;
import dev.vpclint.model.TgwAttachment;
import dev.vpclint.model.Vpc;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flags a VPC CIDR overlapping a CIDR of an on-prem site connected to that VPC (its VGW, a DX gateway
 * associated with it, or a transit gateway it is attached to): the local route wins ("Configure route tables").
 */
@RuleInfo(id = "VL110", name = "vpc-overlaps-onprem", severity = Severity.WARNING,
        summary = "A VPC CIDR overlaps a CIDR of an on-prem site connected to the VPC")
public final class VpcOverlapsOnprem implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network net = ctx.network();
        for (OnpremSite site : net.topology().onprem().values()) {
            // Where the site lands: VPCs through their VGW, and transit gateways; the first connection of each is named.
            Map<String, Connection> byVgwVpc = new LinkedHashMap<>();
            Map<String, Connection> byTgw = new LinkedHashMap<>();
            for (Connection c : site.connections().values()) {
                if (c.vpc() == null && c.transitGateway() == null && c.directConnectGateway() == null) continue;
                Network.Landing landing = net.landingOf(c);
                for (String vpc : landing.vgwVpcs()) byVgwVpc.putIfAbsent(vpc, c);
                for (TgwAttachment a : landing.tgwAttachments()) byTgw.putIfAbsent(a.transitGateway(), c);
            }
            if (byVgwVpc.isEmpty() && byTgw.isEmpty()) continue;
            for (LocatedCidr onprem : site.cidrs()) {
                // The VPC index answers overlap without scanning every VPC; connectivity is checked per hit.
                for (Vpc vpc : net.vpcsOverlapping(onprem.cidr())) {
                    String via = via(net, vpc, byVgwVpc, byTgw);
                    if (via == null) continue;
                    for (LocatedCidr own : vpc.allCidrs()) {
                        if (!own.cidr().overlaps(onprem.cidr())) continue;
                        ctx.report("VPC " + vpc.name() + " CIDR " + own.cidr() + " overlaps " + onprem.cidr() + " of on-prem site "
                                + site.name() + ", connected to it " + via + "; the VPC's local route wins, so the VPC cannot "
                                + "reach that part of the site. Renumber one side, or use private NAT to reach the overlap.",
                                own.loc(), onprem.loc());
                    }
                }
            }
        }
    }

    private static String via(Network net, Vpc vpc, Map<String, Connection> byVgwVpc, Map<String, Connection> byTgw) {
        Connection c = byVgwVpc.get(vpc.name());
        if (c != null) {
            return "through its virtual private gateway (connection " + c.name()
                    + (c.directConnectGateway() != null ? " via Direct Connect gateway " + c.directConnectGateway().name() : "") + ")";
        }
        for (TgwAttachment a : net.tgwAttachmentsOfVpc(vpc.name())) {
            c = byTgw.get(a.transitGateway());
            if (c != null) {
                return "through transit gateway " + a.transitGateway() + " (connection " + c.name()
                        + (c.directConnectGateway() != null ? " via Direct Connect gateway " + c.directConnectGateway().name() : "") + ")";
            }
        }
        return null;
    }
}
