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
