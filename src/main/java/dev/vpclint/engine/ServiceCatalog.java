package dev.vpclint.engine;

import dev.vpclint.load.YamlTree;
import dev.vpclint.load.YNode;
import dev.vpclint.model.EndpointType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AWS service catalogue shipped with the rules (`rules/aws-services.yaml`): per service the
 * endpoint types it offers and whether it supports IPv6, cross-Region access and endpoint
 * policies. A fact the catalogue does not state is unknown (null) and must never raise a finding.
 */
public final class ServiceCatalog {
    static final String RESOURCE = "/vpclint/rules/aws-services.yaml";

    /** One service; Boolean facts are null when unknown. */
    public record Service(String name, List<EndpointType> endpointTypes, Boolean ipv6, Boolean crossRegion,
                          Boolean endpointPolicy, List<String> sources) {
    }

    /** A cited AWS page. */
    public record Source(String title, String url) {
    }

    private final Map<String, Service> services;
    private final Map<String, Source> sources;

    private ServiceCatalog(Map<String, Service> services, Map<String, Source> sources) {
        this.services = Collections.unmodifiableMap(services);
        this.sources = Collections.unmodifiableMap(sources);
    }

    private static ServiceCatalog shipped;

    /** The catalogue inside the jar (read once). */
    public static synchronized ServiceCatalog shipped() {
        if (shipped == null) {
            try (InputStream in = ServiceCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("the jar lacks " + RESOURCE);
                shipped = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    /** Parses a catalogue in the format of `rules/aws-services.yaml`. */
    public static ServiceCatalog parse(String yaml) {
        YNode root = YamlTree.parse("aws-services.yaml", yaml);
        Map<String, Source> sources = new TreeMap<>();
        mapping(root, "sources").forEach((name, e) -> {
            Map<String, YNode.Entry> source = mapping(e.value());
            sources.put(name, new Source(text(source.get("title")), text(source.get("url"))));
        });
        Map<String, Service> services = new TreeMap<>();
        mapping(root, "services").forEach((name, e) -> {
            Map<String, YNode.Entry> s = mapping(e.value());
            List<EndpointType> types = new ArrayList<>();
            for (String word : texts(s.get("endpoint_types"))) {
                for (EndpointType et : EndpointType.values()) {
                    if (et.word.equals(word)) types.add(et);
                }
            }
            services.put(name, new Service(name, List.copyOf(types), fact(s, "ipv6"), fact(s, "cross_region"),
                    fact(s, "endpoint_policy"), texts(s.get("sources"))));
        });
        return new ServiceCatalog(services, sources);
    }

    private static Map<String, YNode.Entry> mapping(YNode node, String key) {
        YNode.Entry e = mapping(node).get(key);
        return e == null ? Map.of() : mapping(e.value());
    }

    private static Map<String, YNode.Entry> mapping(YNode node) {
        return node instanceof YNode.YMap m ? m.entries() : Map.of();
    }

    private static String text(YNode.Entry e) {
        return e != null && e.value() instanceof YNode.YScalar s ? s.text() : "";
    }

    private static List<String> texts(YNode.Entry e) {
        List<String> out = new ArrayList<>();
        if (e != null && e.value() instanceof YNode.YList l) {
            for (YNode item : l.items()) {
                if (item instanceof YNode.YScalar s) out.add(s.text());
            }
        }
        return List.copyOf(out);
    }

    private static Boolean fact(Map<String, YNode.Entry> s, String key) {
        YNode.Entry e = s.get(key);
        return e != null && e.value() instanceof YNode.YScalar v && v.kind() == YNode.YScalar.Kind.BOOL
                ? Boolean.valueOf(v.text()) : null;
    }

    /** The service by short name (`s3`, `ecr.api`), or null when the catalogue does not know it. */
    public Service get(String name) {
        return services.get(name);
    }

    public Map<String, Service> services() {
        return services;
    }

    public Map<String, Source> sources() {
        return sources;
    }
}
