package dev.vpclint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vpclint.model.EndpointType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
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
                shipped = parse(new ObjectMapper(new YAMLFactory()).readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    static ServiceCatalog parse(JsonNode root) {
        Map<String, Source> sources = new TreeMap<>();
        root.path("sources").fields().forEachRemaining(e ->
                sources.put(e.getKey(), new Source(e.getValue().path("title").asText(), e.getValue().path("url").asText())));
        Map<String, Service> services = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            List<EndpointType> types = new ArrayList<>();
            for (JsonNode t : s.path("endpoint_types")) {
                for (EndpointType et : EndpointType.values()) {
                    if (et.word.equals(t.asText())) types.add(et);
                }
            }
            List<String> cited = new ArrayList<>();
            s.path("sources").forEach(x -> cited.add(x.asText()));
            services.put(e.getKey(), new Service(e.getKey(), List.copyOf(types), fact(s, "ipv6"), fact(s, "cross_region"),
                    fact(s, "endpoint_policy"), List.copyOf(cited)));
        }
        return new ServiceCatalog(services, sources);
    }

    private static Boolean fact(JsonNode s, String key) {
        JsonNode n = s.get(key);
        return n == null || !n.isBoolean() ? null : n.booleanValue();
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
