package dev.vpclint.model;

import java.util.List;
import java.util.Map;

/** One topology: a root file and everything it includes, merged by name. */
public record Topology(String name, String rootFile, List<String> files, Map<String, PrefixList> prefixLists,
                       Map<String, Vpc> vpcs, Map<String, Peering> peerings,
                       Map<String, TransitGateway> transitGateways, Map<String, DxGateway> directConnectGateways,
                       Map<String, OnpremSite> onprem, Map<String, EndpointService> endpointServices,
                       List<Intent> intents) {
    public Topology {
        files = List.copyOf(files);
        prefixLists = Ordered.copy(prefixLists);
        vpcs = Ordered.copy(vpcs);
        peerings = Ordered.copy(peerings);
        transitGateways = Ordered.copy(transitGateways);
        directConnectGateways = Ordered.copy(directConnectGateways);
        onprem = Ordered.copy(onprem);
        endpointServices = Ordered.copy(endpointServices);
        intents = List.copyOf(intents);
    }

    /**
     * Every attachment of a transit gateway: those written under it, a VPN attachment per on-prem
     * connection to it (named after the connection) and a Direct Connect attachment per DX gateway
     * associated with it (named after the DX gateway). Written attachments win a name clash.
     */
    public Map<String, TgwAttachment> attachmentsOf(String tgw) {
        TransitGateway t = transitGateways.get(tgw);
        Map<String, TgwAttachment> out = new java.util.LinkedHashMap<>();
        if (t == null) return out;
        out.putAll(t.attachments());
        for (OnpremSite site : onprem.values()) {
            for (Connection c : site.connections().values()) {
                if (c.transitGateway() != null && c.transitGateway().name().equals(tgw)) {
                    out.putIfAbsent(c.name(), new TgwAttachment(c.name(), tgw, c.loc(), TgwAttachment.Kind.VPN, null,
                            List.of(), null, c.routeTable()));
                }
            }
        }
        for (DxGateway dx : directConnectGateways.values()) {
            for (DxAssociation a : dx.associations()) {
                if (a.transitGateway() != null && a.transitGateway().name().equals(tgw)) {
                    out.putIfAbsent(dx.name(), new TgwAttachment(dx.name(), tgw, a.loc(), TgwAttachment.Kind.DIRECT_CONNECT,
                            null, List.of(), null, a.routeTable()));
                }
            }
        }
        return out;
    }

    /** Collects a topology from merged parts. */
    public static final class Builder {
        public String name;
        public String rootFile;
        public final List<String> files = new java.util.ArrayList<>();
        public final Map<String, PrefixList> prefixLists = new java.util.LinkedHashMap<>();
        public final Map<String, Vpc> vpcs = new java.util.LinkedHashMap<>();
        public final Map<String, Peering> peerings = new java.util.LinkedHashMap<>();
        public final Map<String, TransitGateway> transitGateways = new java.util.LinkedHashMap<>();
        public final Map<String, DxGateway> directConnectGateways = new java.util.LinkedHashMap<>();
        public final Map<String, OnpremSite> onprem = new java.util.LinkedHashMap<>();
        public final Map<String, EndpointService> endpointServices = new java.util.LinkedHashMap<>();
        public final List<Intent> intents = new java.util.ArrayList<>();

        public Topology build() {
            return new Topology(name, rootFile, files, prefixLists, vpcs, peerings, transitGateways, directConnectGateways,
                    onprem, endpointServices, intents);
        }
    }
}
