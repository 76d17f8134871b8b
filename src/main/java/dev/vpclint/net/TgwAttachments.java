package dev.vpclint.net;

import dev.vpclint.model.*;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The attachments a transit gateway has, the implicit ones AWS creates included: the one place that decides them. */
public final class TgwAttachments {
    private TgwAttachments() {
    }

    /**
     * Every attachment of a transit gateway: those written under it, a VPN attachment per on-prem
     * connection to it (named after the connection) and a Direct Connect attachment per DX gateway
     * associated with it (named after the DX gateway). Written attachments win a name clash.
     */
    public static Map<String, TgwAttachment> of(Topology topology, String tgw) {
        TransitGateway t = topology.transitGateways().get(tgw);
        Map<String, TgwAttachment> out = new LinkedHashMap<>();
        if (t == null) return out;
        out.putAll(t.attachments());
        for (OnpremSite site : topology.onprem().values()) {
            for (Connection c : site.connections().values()) {
                if (c.transitGateway() != null && c.transitGateway().name().equals(tgw)) {
                    out.putIfAbsent(c.name(), new TgwAttachment(c.name(), tgw, c.loc(), TgwAttachment.Kind.VPN, null,
                            List.of(), null, c.routeTable()));
                }
            }
        }
        for (DxGateway dx : topology.directConnectGateways().values()) {
            for (DxAssociation a : dx.associations()) {
                if (a.transitGateway() != null && a.transitGateway().name().equals(tgw)) {
                    out.putIfAbsent(dx.name(), new TgwAttachment(dx.name(), tgw, a.loc(), TgwAttachment.Kind.DIRECT_CONNECT,
                            null, List.of(), null, a.routeTable()));
                }
            }
        }
        return out;
    }
}
