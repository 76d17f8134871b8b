package dev.vpclint.load;

import dev.vpclint.model.DxGateway;
import dev.vpclint.model.EndpointService;
import dev.vpclint.model.Intent;
import dev.vpclint.model.Loc;
import dev.vpclint.model.OnpremSite;
import dev.vpclint.model.Peering;
import dev.vpclint.model.PrefixList;
import dev.vpclint.model.TransitGateway;
import dev.vpclint.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one file contributes to a topology, before files are merged by name. */
final class Fragment {
    String name;
    String region;
    String account;
    final List<IncludeRef> includes = new ArrayList<>();
    final Map<String, PrefixList> prefixLists = new LinkedHashMap<>();
    final Map<String, Vpc> vpcs = new LinkedHashMap<>();
    final Map<String, Peering> peerings = new LinkedHashMap<>();
    final Map<String, TransitGateway> transitGateways = new LinkedHashMap<>();
    final Map<String, DxGateway> directConnectGateways = new LinkedHashMap<>();
    final Map<String, OnpremSite> onprem = new LinkedHashMap<>();
    final Map<String, EndpointService> endpointServices = new LinkedHashMap<>();
    final List<Intent> intents = new ArrayList<>();
    /** Where each top-level name is written, broken objects included (for cross-file duplicates). */
    final Map<String, Map<String, Loc>> declared = new LinkedHashMap<>();
    /** Names of objects dropped for a broken required field: references to them are not dangling. */
    final Set<String> broken = new HashSet<>();

    record IncludeRef(String path, Loc loc) {
    }

    /** Records where a name is defined; returns where this file defined it before, or null. */
    Loc declare(String collection, String name, Loc loc) {
        return declared.computeIfAbsent(collection, k -> new LinkedHashMap<>()).putIfAbsent(name, loc);
    }
}
