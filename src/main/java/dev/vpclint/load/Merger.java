package dev.vpclint.load;

import dev.vpclint.model.Problem;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Topology;
import dev.vpclint.model.TransitGateway;
import dev.vpclint.model.Vpc;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Merges a root file and its includes by name; a name defined in two files is a VL004 pointing at both. */
final class Merger {
    private final List<Problem> problems;

    record Part(String file, Fragment fragment) {
    }

    Merger(List<Problem> problems) {
        this.problems = problems;
    }

    /** `parts` starts with the root file. */
    LoadResult.Loaded merge(List<Part> parts) {
        Fragment root = parts.get(0).fragment();
        Map<String, Map<String, Loc>> firstSeen = new LinkedHashMap<>();
        Set<String> rejected = new HashSet<>();
        for (Part part : parts) {
            part.fragment().declared.forEach((collection, names) -> names.forEach((name, loc) -> {
                Loc first = firstSeen.computeIfAbsent(collection, k -> new LinkedHashMap<>()).putIfAbsent(name, loc);
                if (first != null && !first.file().equals(loc.file())) {
                    problems.add(new Problem("VL004", singular(collection) + " '" + name + "' is defined in both " + first.file()
                            + " and " + loc.file() + "; names must be unique across included files", loc, List.of(first)));
                    rejected.add(collection + ":" + name + "@" + loc.file());
                }
            }));
        }
        Set<String> broken = new HashSet<>();
        Map<String, Vpc> vpcs = new LinkedHashMap<>();
        Map<String, TransitGateway> tgws = new LinkedHashMap<>();
        Topology.Builder b = new Topology.Builder();
        for (Part part : parts) {
            Fragment f = part.fragment();
            broken.addAll(f.broken);
            putAll(b.prefixLists, f.prefixLists, "prefix_lists", part.file(), rejected, Function.identity());
            putAll(vpcs, f.vpcs, "vpcs", part.file(), rejected, v -> v.region() == null && v.account() == null
                    ? v.placedIn(root.region, root.account)
                    : v.placedIn(v.region() != null ? v.region() : root.region, v.account() != null ? v.account() : root.account));
            putAll(b.peerings, f.peerings, "peerings", part.file(), rejected, Function.identity());
            putAll(tgws, f.transitGateways, "transit_gateways", part.file(), rejected, t -> new TransitGateway(t.name(), t.loc(),
                    t.region() != null ? t.region() : root.region, t.account() != null ? t.account() : root.account,
                    t.asn(), t.routeTables(), t.attachments()));
            putAll(b.directConnectGateways, f.directConnectGateways, "direct_connect_gateways", part.file(), rejected, Function.identity());
            putAll(b.onprem, f.onprem, "onprem", part.file(), rejected, Function.identity());
            putAll(b.endpointServices, f.endpointServices, "endpoint_services", part.file(), rejected, Function.identity());
            b.intents.addAll(f.intents);
            b.files.add(part.file());
        }
        b.vpcs.putAll(vpcs);
        b.transitGateways.putAll(tgws);
        b.name = root.name;
        b.rootFile = parts.get(0).file();
        return new LoadResult.Loaded(b.build(), broken);
    }

    private static <T> void putAll(Map<String, T> into, Map<String, T> from, String collection, String file,
                                   Set<String> rejected, Function<T, T> adjust) {
        from.forEach((name, value) -> {
            if (!rejected.contains(collection + ":" + name + "@" + file)) into.putIfAbsent(name, adjust.apply(value));
        });
    }

    private static String singular(String collection) {
        return switch (collection) {
            case "vpcs" -> "VPC";
            case "peerings" -> "peering";
            case "transit_gateways" -> "transit gateway";
            case "direct_connect_gateways" -> "Direct Connect gateway";
            case "onprem" -> "on-prem site";
            case "endpoint_services" -> "endpoint service";
            case "prefix_lists" -> "prefix list";
            case "connections" -> "connection";
            default -> collection;
        };
    }
}
