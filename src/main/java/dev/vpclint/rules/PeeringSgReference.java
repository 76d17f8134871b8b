package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.net.Network;
import dev.vpclint.model.*;
import java.util.List;
import java.util.Objects;

/**
 * Flags a security-group rule referencing a group of another VPC that no active same-Region peering
 * connects to this one ("Update your security groups to reference peer security groups"). VPCs
 * sharing a transit gateway are left to VL705 (sg-reference-over-tgw).
 */
@RuleInfo(id = "VL209", name = "peering-sg-reference", severity = Severity.ERROR,
        summary = "A security-group rule references a group in a VPC not peered with this one in the same Region")
public final class PeeringSgReference implements Rule {
    @Override
    public void check(RuleContext ctx) {
        Network network = ctx.network();
        for (Vpc v : network.topology().vpcs().values()) {
            for (SecurityGroup g : v.securityGroups().values()) {
                check(ctx, network, v, g, g.ingress());
                check(ctx, network, v, g, g.egress());
            }
        }
    }

    private static void check(RuleContext ctx, Network network, Vpc v, SecurityGroup g, List<SgRule> rules) {
        for (SgRule rule : rules) {
            if (!(rule.peer() instanceof SgPeer.OfGroup ref) || !ref.crossVpc() || ref.vpc().equals(v.name())) continue;
            Vpc other = network.vpc(ref.vpc());
            if (other == null || network.securityGroup(other.name(), ref.name()) == null) continue; // VL005
            Peering p = network.peeringBetween(v.name(), other.name());
            boolean sameRegion = v.region() == null || other.region() == null || v.region().equals(other.region());
            String why;
            if (p == null) {
                if (shareTransitGateway(network, v.name(), other.name())) continue; // VL705's case
                why = "VPC " + other.name() + " is not peered with " + v.name() + "; a group can only be referenced across"
                        + " an active VPC peering in the same Region. Peer the VPCs, or use " + other.name() + "'s CIDRs.";
            } else if (p.status() != PeeringStatus.ACTIVE) {
                why = "peering " + p.name() + " is " + p.status().word + ", and a peer's group can only be referenced while the"
                        + " peering is active. Accept the peering, or use " + other.name() + "'s CIDRs.";
            } else if (!sameRegion) {
                why = "peering " + p.name() + " crosses Regions (" + v.region() + ", " + other.region() + "), and a peer VPC's"
                        + " group can only be referenced within one Region. Use " + other.name() + "'s CIDRs instead.";
            } else {
                continue;
            }
            ctx.report("security group " + g.name() + " of VPC " + v.name() + " references " + ref + ", but " + why,
                    rule.peerLoc(), p != null ? p.loc() : other.loc());
        }
    }

    private static boolean shareTransitGateway(Network network, String a, String b) {
        for (TgwAttachment att : network.tgwAttachmentsOfVpc(a)) {
            if (network.attachmentOf(b, att.transitGateway()) != null) return true;
        }
        return false;
    }
}
