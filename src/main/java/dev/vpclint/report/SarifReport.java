package dev.vpclint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Finding;
import dev.vpclint.engine.FlowStep;
import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleDocs;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Loc;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0, one run, for GitHub code scanning and other SARIF consumers. It must pass the
 * official schema and the SARIF multitool's `validate --rule-kind "Sarif;Ghas"` with no error.
 *
 * <p>The bytes are deterministic: no timestamps, no absolute paths of the machine (file URIs are
 * the report's display names, relative to the folder vpclint ran in, under `%SRCROOT%`), rules in
 * registry order (so `ruleIndex` is stable), results in report order.
 *
 * <p>Decisions:
 * <ul>
 * <li>`name` is the rule's kebab-case name, the same word `explain`, `--enable`, ignore comments and
 *     the JSON report use. No GitHub rule asks for more; the multitool's only remark is a note
 *     (SARIF2012, friendly names are "preferably" PascalCase), not a warning or an error.</li>
 * <li>`originalUriBaseIds.%SRCROOT%` carries a description but no `uri`: an absolute URI would be the
 *     CI machine's checkout path and make the output differ between machines. GitHub resolves
 *     relative URIs against the repository root, so vpclint should run in the repository root.</li>
 * <li>`partialFingerprints."vpclintFingerprint/v1"` is the SHA-256 of rule id, file and object path
 *     plus a counter for findings sharing all three (in report order): no line numbers, so inserting
 *     lines above an object keeps its alerts matched.</li>
 * <li>Security rules are the ones listed in {@link #SECURITY_RULES} (plus any rule that tags itself
 *     "security" in @RuleInfo): they get the "security" tag and a `security-severity`.</li>
 * <li>A path finding gets one `codeFlows` entry with a thread flow per direction ("path there",
 *     then "return path") so viewers can show the two directions apart. Hops are inlined, never
 *     indexes into `run.threadFlowLocations` (GitHub's rule GH1002); a hop on an implicit object, written
 *     nowhere, is a location with only a message, which the schema and the multitool accept.</li>
 * </ul>
 */
public final class SarifReport implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/vpclint/vpclint";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT = "vpclintFingerprint/v1";
    static final String THERE = "there";
    static final String BACK = "back";

    /**
     * The rules whose problem is exposure (something reachable or allowed that should not be), the
     * only ones GitHub should rank as security alerts. Ids of rules not yet registered are harmless.
     */
    static final Set<String> SECURITY_RULES = Set.of(
            "VL405", // endpoint-sg-open: an endpoint's security group admits the world or everything
            "VL501", // endpoint-service-public: any principal, no acceptance
            "VL510", // endpoint-service-internet-facing
            "VL701"  // endpoint-policy-full-access
    );

    /** The family tag of each id prefix, as the rule catalogue groups them. */
    private static final Map<String, String> FAMILIES = Map.of(
            "VL0", "input",
            "VL1", "addressing",
            "VL2", "routing",
            "VL3", "gateway-endpoints",
            "VL4", "interface-endpoints",
            "VL5", "endpoint-services",
            "VL6", "transit-gateways",
            "VL7", "access-control",
            "VL8", "quotas");

    private final List<Rule> rules;

    public SarifReport() {
        this(BuiltInRules.ALL);
    }

    SarifReport(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) ruleIndex.put(rules.get(i).info().id(), i);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            tool(g, report.version());
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(SRCROOT);
            g.writeObjectFieldStart("description");
            g.writeStringField("text", "The folder vpclint ran in: run it in the repository root so these paths are repository-relative.");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            Map<String, Integer> seen = new HashMap<>();
            for (Finding f : report.findings()) result(g, f, ruleIndex.get(f.ruleId()), seen);
            g.writeEndArray();
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private void tool(JsonGenerator g, String version) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "vpclint");
        g.writeStringField("version", version);
        g.writeStringField("semanticVersion", version);
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (Rule r : rules) rule(g, r.info());
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void rule(JsonGenerator g, RuleInfo info) throws IOException {
        String id = info.id();
        String doc = RuleDocs.markdown(id);
        String url = RuleDocs.url(id);
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", info.name());
        text(g, "shortDescription", info.summary());
        String what = doc == null ? null : whatItDoes(doc);
        text(g, "fullDescription", what == null ? sentence(info.summary()) : what);
        g.writeObjectFieldStart("help");
        if (doc != null) {
            g.writeStringField("text", doc);
            g.writeStringField("markdown", doc);
        } else {
            g.writeStringField("text", sentence(info.summary()) + " See " + url);
            g.writeStringField("markdown", "**" + info.summary() + "**\n\nSee [" + id + " " + info.name() + "](" + url + ").");
        }
        g.writeEndObject();
        g.writeStringField("helpUri", url);
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(info.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        for (String t : tags(info)) g.writeString(t);
        g.writeEndArray();
        g.writeStringField("precision", precision(info));
        if (isSecurity(info)) g.writeStringField("security-severity", securitySeverity(info.severity()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, Integer ruleIndex, Map<String, Integer> seen) throws IOException {
        Loc loc = f.loc();
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        if (ruleIndex != null) g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        text(g, "message", f.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        physical(g, loc);
        logical(g, loc);
        g.writeEndObject();
        g.writeEndArray();
        if (!f.related().isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (Loc r : f.related()) {
                g.writeStartObject();
                g.writeNumberField("id", id++);
                physical(g, r);
                text(g, "message", r.path().isEmpty() ? "Related location." : "Related: " + r.path() + ".");
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!f.flow().isEmpty()) codeFlows(g, f.flow());
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, fingerprint(f, seen));
        g.writeEndObject();
        if (f.suppressed()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            // Inline `# vpclint: ignore` comments are the only suppressions today; the reason stays in the source.
            g.writeStringField("kind", "inSource");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * One code flow, one thread flow per direction (`there` first, then `back`, then any other in
     * order of appearance), one location per hop, each with the object, what happened there and
     * the reason code where the path stops.
     */
    private static void codeFlows(JsonGenerator g, List<FlowStep> flow) throws IOException {
        Map<String, List<FlowStep>> byDirection = new LinkedHashMap<>();
        byDirection.put(THERE, new ArrayList<>());
        byDirection.put(BACK, new ArrayList<>());
        for (FlowStep step : flow) byDirection.computeIfAbsent(step.direction(), d -> new ArrayList<>()).add(step);
        g.writeArrayFieldStart("codeFlows");
        g.writeStartObject();
        g.writeArrayFieldStart("threadFlows");
        for (Map.Entry<String, List<FlowStep>> e : byDirection.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            g.writeStartObject();
            text(g, "message", threadFlowMessage(e.getKey()));
            g.writeArrayFieldStart("locations");
            for (FlowStep step : e.getValue()) threadFlowLocation(g, step);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static String threadFlowMessage(String direction) {
        return switch (direction) {
            case THERE -> "path there";
            case BACK -> "return path";
            default -> "path " + direction;
        };
    }

    /** A hop without a location (an implicit object) still shows, as a location with only a message. */
    private static void threadFlowLocation(JsonGenerator g, FlowStep step) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("location");
        if (step.loc() != null) physical(g, step.loc());
        text(g, "message", stepMessage(step));
        if (step.loc() != null) logical(g, step.loc());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** `subnet/app/app-a: route 10.1.0.0/16 -> tgw/core.`, the reason code in parentheses where the path stops. */
    static String stepMessage(FlowStep step) {
        String s = step.object() + ": " + step.text();
        if (step.reason() != null) s += " (" + step.reason() + ")";
        return sentence(s);
    }

    private static void logical(JsonGenerator g, Loc loc) throws IOException {
        if (loc.path().isEmpty()) return;
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", loc.path());
        g.writeStringField("kind", "object");
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void physical(JsonGenerator g, Loc loc) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        String file = loc.file();
        if (isAbsolute(file)) {
            // A file outside the folder vpclint ran in: no base to be relative to.
            String uri = file.startsWith("/") ? "file://" + encodePath(file)
                    : "file:///" + file.substring(0, 2) + encodePath(file.substring(2)); // C:/...
            g.writeStringField("uri", uri);
        } else {
            g.writeStringField("uri", encodePath(file));
            g.writeStringField("uriBaseId", SRCROOT);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", Math.max(1, loc.line()));
        g.writeNumberField("startColumn", Math.max(1, loc.column()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** Rule id, file and object path, plus how many earlier findings had the same three: never the line. */
    static String fingerprint(Finding f, Map<String, Integer> seen) {
        String key = f.ruleId() + "\u0000" + f.loc().file() + "\u0000" + f.loc().path();
        int n = seen.merge(key, 1, Integer::sum) - 1;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((key + "\u0000" + n).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    /** The first paragraph under `## What it does`, lines joined, or null when the doc has none. */
    static String whatItDoes(String markdown) {
        List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
        int i = lines.indexOf("## What it does");
        if (i < 0) return null;
        i++;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        StringBuilder b = new StringBuilder();
        for (; i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#"); i++) {
            if (b.length() > 0) b.append(' ');
            b.append(lines.get(i).strip());
        }
        return b.length() == 0 ? null : b.toString();
    }

    static List<String> tags(RuleInfo info) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("aws");
        tags.add("network");
        String family = FAMILIES.get(info.id().substring(0, Math.min(3, info.id().length())));
        if (family != null) tags.add(family);
        if (isSecurity(info)) tags.add("security");
        tags.addAll(List.of(info.tags()));
        return List.copyOf(tags);
    }

    static boolean isSecurity(RuleInfo info) {
        return SECURITY_RULES.contains(info.id()) || List.of(info.tags()).contains("security");
    }

    /** Input problems and errors (AWS rejects it, traffic cannot flow) are certain; risks less so. */
    private static String precision(RuleInfo info) {
        return info.id().startsWith("VL0") || info.severity() == Severity.ERROR ? "very-high" : "high";
    }

    /** GitHub's scale: 9.0+ critical, 7.0 high, 4.0 medium, below low. */
    private static String securitySeverity(Severity s) {
        return switch (s) {
            case ERROR -> "8.0";
            case WARNING -> "5.0";
            case NOTE -> "2.0";
        };
    }

    static String level(Severity s) {
        return s.label();
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    private static boolean isAbsolute(String file) {
        return file.startsWith("/") || file.matches("[A-Za-z]:/.*");
    }

    /** Percent-encodes what a URI path may not hold as is (RFC 3986 pchar plus `/`; `:` too, so no segment reads as a scheme). */
    static String encodePath(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }
}
