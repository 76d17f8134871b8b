package dev.vpclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Finding;
import dev.vpclint.engine.FlowStep;
import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleDocs;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Loc;
import dev.vpclint.testing.Golden;
import dev.vpclint.testing.Lint;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SARIF shape: driver rules, results, locations, suppressions, tags. */
class SarifReportTest {
    static final String INPUT = "src/test/resources/sarif/findings.yaml";

    @Test
    void runHeaderIsDeterministicAndCarriesNoMachinePaths() {
        JsonNode log = Sarif.parse(Sarif.write(List.of(), List.of()));
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode run = log.at("/runs/0");
        assertEquals("vpclint", run.at("/tool/driver/name").asText());
        assertEquals(Sarif.VERSION, run.at("/tool/driver/version").asText());
        assertEquals(Sarif.VERSION, run.at("/tool/driver/semanticVersion").asText());
        assertEquals("https://github.com/vpclint/vpclint", run.at("/tool/driver/informationUri").asText());
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        JsonNode base = run.at("/originalUriBaseIds/%SRCROOT%");
        assertTrue(base.isObject());
        assertTrue(base.get("uri") == null, "no absolute URI of the machine that ran vpclint");
        assertFalse(run.has("invocations"), "no timestamps, no command lines");
    }

    @Test
    void everyRegisteredRuleIsDescribedInRegistryOrder() {
        JsonNode rules = Sarif.parse(Sarif.write(List.of(), List.of())).at("/runs/0/tool/driver/rules");
        assertEquals(BuiltInRules.ALL.size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo info = BuiltInRules.ALL.get(i).info();
            JsonNode r = rules.get(i);
            assertEquals(info.id(), r.get("id").asText());
            assertEquals(info.name(), r.get("name").asText());
            assertEquals(info.summary(), r.at("/shortDescription/text").asText());
            assertFalse(r.at("/fullDescription/text").asText().isBlank());
            assertFalse(r.at("/help/text").asText().isBlank());
            assertFalse(r.at("/help/markdown").asText().isBlank());
            String doc = RuleDocs.markdown(info.id());
            if (doc != null) assertEquals(doc, r.at("/help/markdown").asText());
            assertEquals(RuleDocs.url(info.id()), r.get("helpUri").asText());
            assertEquals(info.severity().label(), r.at("/defaultConfiguration/level").asText());
            assertEquals("aws", r.at("/properties/tags/0").asText());
            assertEquals("network", r.at("/properties/tags/1").asText());
            assertTrue(List.of("very-high", "high").contains(r.at("/properties/precision").asText()));
        }
    }

    @Test
    void resultsCarryRuleIndexLevelLocationsFingerprintsAndSuppressions() {
        List<Finding> findings = Lint.run(Project.dir(), Project.dir().resolve(INPUT));
        JsonNode results = Sarif.parse(Sarif.write(List.of(INPUT), findings)).at("/runs/0/results");
        assertEquals(findings.size(), results.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode r = results.get(i);
            assertEquals(f.ruleId(), r.get("ruleId").asText());
            assertEquals(f.ruleId(), BuiltInRules.ALL.get(r.get("ruleIndex").asInt()).info().id());
            assertEquals(f.severity().label(), r.get("level").asText());
            assertEquals(f.message(), r.at("/message/text").asText());
            JsonNode phys = r.at("/locations/0/physicalLocation");
            assertEquals(INPUT, phys.at("/artifactLocation/uri").asText());
            assertEquals("%SRCROOT%", phys.at("/artifactLocation/uriBaseId").asText());
            assertEquals(f.loc().line(), phys.at("/region/startLine").asInt());
            assertEquals(f.loc().column(), phys.at("/region/startColumn").asInt());
            assertFalse(phys.at("/region").has("endLine"), "the end is not known");
            if (f.loc().path().isEmpty()) {
                assertTrue(r.at("/locations/0/logicalLocations").isMissingNode());
            } else {
                assertEquals(f.loc().path(), r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
                assertEquals("object", r.at("/locations/0/logicalLocations/0/kind").asText());
            }
            assertEquals(f.related().size(), r.path("relatedLocations").size());
            for (int k = 0; k < f.related().size(); k++) {
                JsonNode rel = r.get("relatedLocations").get(k);
                assertEquals(k + 1, rel.get("id").asInt());
                assertEquals(f.related().get(k).line(), rel.at("/physicalLocation/region/startLine").asInt());
                assertFalse(rel.at("/message/text").asText().isBlank());
            }
            assertTrue(r.at("/partialFingerprints/vpclintFingerprint~1v1").asText().matches("[0-9a-f]{64}"));
            if (f.suppressed()) {
                assertEquals("inSource", r.at("/suppressions/0/kind").asText());
            } else {
                assertFalse(r.has("suppressions"));
            }
        }
        assertTrue(findings.stream().anyMatch(Finding::suppressed));
    }

    @Test
    void relatedLocationsNameTheRelatedObject() throws IOException {
        Finding f = new Finding("VL005", "dangling-reference", Severity.ERROR, "peering app-data names VPC data, which does not exist",
                new Loc("net.yaml", 9, 5, "peerings.app-data"), List.of(new Loc("net.yaml", 3, 3, "vpcs.app")), false, List.of());
        JsonNode rel = Sarif.parse(Sarif.write(List.of("net.yaml"), List.of(f))).at("/runs/0/results/0/relatedLocations/0");
        assertEquals("Related: vpcs.app.", rel.at("/message/text").asText());
    }

    @RuleInfo(id = "VL405", name = "endpoint-sg-open", severity = Severity.WARNING, summary = "An endpoint security group open to the world")
    static final class Open implements Rule {
        @Override
        public void check(RuleContext ctx) {
        }
    }

    @RuleInfo(id = "VL103", name = "vpc-cidrs-overlap", severity = Severity.ERROR, summary = "Two CIDRs of one VPC overlap", tags = {"cidr"})
    static final class Overlap implements Rule {
        @Override
        public void check(RuleContext ctx) {
        }
    }

    @Test
    void securityRulesAreTaggedAndRanked() throws IOException {
        StringWriter w = new StringWriter();
        new SarifReport(List.of(new Overlap(), new Open())).write(new Report("1.0.0", List.of(), List.of()), w);
        JsonNode rules = Sarif.parse(w.toString()).at("/runs/0/tool/driver/rules");
        assertEquals("[\"aws\",\"network\",\"addressing\",\"cidr\"]", rules.at("/0/properties/tags").toString());
        assertTrue(rules.at("/0/properties/security-severity").isMissingNode());
        assertEquals("very-high", rules.at("/0/properties/precision").asText());
        assertEquals("[\"aws\",\"network\",\"interface-endpoints\",\"security\"]", rules.at("/1/properties/tags").toString());
        assertEquals("5.0", rules.at("/1/properties/security-severity").asText());
        assertEquals("high", rules.at("/1/properties/precision").asText());
    }

    @Test
    void fullDescriptionIsTheFirstParagraphOfWhatItDoes() {
        String doc = """
                # VL405 endpoint-sg-open

                ## What it does

                Flags an interface endpoint whose security group
                admits `0.0.0.0/0`.

                A second paragraph.

                ## Why is this bad?
                """;
        assertEquals("Flags an interface endpoint whose security group admits `0.0.0.0/0`.", SarifReport.whatItDoes(doc));
        assertNull(SarifReport.whatItDoes("# VL001 yaml-syntax\n\nNo headings.\n"));
        assertNull(SarifReport.whatItDoes("## What it does\n\n## Why is this bad?\n"));
    }

    @Test
    void pathsArePercentEncodedAsUriReferences() {
        assertEquals("net/core.yaml", SarifReport.encodePath("net/core.yaml"));
        assertEquals("a%20b/%C3%A4%231%3F.yaml", SarifReport.encodePath("a b/ä#1?.yaml"));
    }

    @Test
    void pathFindingsCarryOneThreadFlowPerDirection() {
        JsonNode results = Sarif.parse(Sarif.write(List.of(PathFinding.FILE),
                List.of(PathFinding.withoutFlow(), PathFinding.withFlow()))).at("/runs/0/results");
        assertFalse(results.get(0).has("codeFlows"), "a finding without a path has no code flow");
        JsonNode codeFlows = results.get(1).get("codeFlows");
        assertEquals(1, codeFlows.size());
        JsonNode threads = codeFlows.at("/0/threadFlows");
        assertEquals(2, threads.size());
        assertEquals("path there", threads.at("/0/message/text").asText());
        assertEquals("return path", threads.at("/1/message/text").asText());

        JsonNode there = threads.at("/0/locations");
        assertEquals(2, there.size());
        JsonNode first = there.at("/0/location");
        assertEquals("subnet/app/app-a: route 10.1.0.0/16 -> tgw/core.", first.at("/message/text").asText());
        assertEquals("net/core.yaml", first.at("/physicalLocation/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", first.at("/physicalLocation/artifactLocation/uriBaseId").asText());
        assertEquals(14, first.at("/physicalLocation/region/startLine").asInt());
        assertEquals(11, first.at("/physicalLocation/region/startColumn").asInt());
        assertEquals("vpcs.app.route_tables.private.routes[0]", first.at("/logicalLocations/0/fullyQualifiedName").asText());
        assertEquals("object", first.at("/logicalLocations/0/kind").asText());

        JsonNode implicit = there.at("/1/location");
        assertEquals("[\"message\"]", fieldNames(implicit), "an implicit object has no location to point at");
        assertEquals("tgw-rtb/core/default: propagated route 10.1.0.0/16 -> tgw-attach/core/data.", implicit.at("/message/text").asText());

        JsonNode back = threads.at("/1/locations");
        assertEquals(1, back.size());
        JsonNode stop = back.at("/0/location");
        assertEquals("subnet/data/db-a: no route to 10.0.1.0/24 (NO_ROUTE_TO_DESTINATION).", stop.at("/message/text").asText());
        assertEquals(31, stop.at("/physicalLocation/region/startLine").asInt());
        assertEquals(7, stop.at("/physicalLocation/region/startColumn").asInt());
        assertEquals("vpcs.data.route_tables.private", stop.at("/logicalLocations/0/fullyQualifiedName").asText());
    }

    @Test
    void aFlowOnlyThereHasOneThreadFlowAndReturnHopsComeSecondWhateverTheirOrder() {
        FlowStep back = PathFinding.FLOW.get(2);
        FlowStep there = PathFinding.FLOW.get(0);
        Finding f = PathFinding.withFlow();
        Finding reordered = new Finding(f.ruleId(), f.ruleName(), f.severity(), f.message(), f.loc(), f.related(), false, List.of(back, there));
        JsonNode threads = Sarif.parse(Sarif.write(List.of(PathFinding.FILE), List.of(reordered))).at("/runs/0/results/0/codeFlows/0/threadFlows");
        assertEquals(2, threads.size());
        assertEquals("path there", threads.at("/0/message/text").asText());
        assertEquals(14, threads.at("/0/locations/0/location/physicalLocation/region/startLine").asInt());
        assertEquals("return path", threads.at("/1/message/text").asText());

        Finding thereOnly = new Finding(f.ruleId(), f.ruleName(), f.severity(), f.message(), f.loc(), f.related(), false, List.of(there));
        threads = Sarif.parse(Sarif.write(List.of(PathFinding.FILE), List.of(thereOnly))).at("/runs/0/results/0/codeFlows/0/threadFlows");
        assertEquals(1, threads.size());
        assertEquals("path there", threads.at("/0/message/text").asText());
    }

    /**
     * The whole log of one path finding, byte for byte, with a one-rule driver so the file stays
     * small. It is also the file to feed `../shared/tools/sarif-validate` (GitHub's rules).
     */
    @Test
    void pathFindingSarifMatchesTheGoldenFile() throws IOException {
        StringWriter w = new StringWriter();
        new SarifReport(List.of(new Unreachable())).write(new Report("1.0.0", List.of(PathFinding.FILE), List.of(PathFinding.withFlow())), w);
        Golden.check(Project.dir().resolve(PATH_GOLDEN), w.toString());
    }

    static final String PATH_GOLDEN = "src/test/resources/sarif/path-finding.expected.sarif";

    @RuleInfo(id = "VL901", name = "intent-unreachable", severity = Severity.ERROR, summary = "A reachable intent has no working path there and back")
    static final class Unreachable implements Rule {
        @Override
        public void check(RuleContext ctx) {
        }
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().map(n -> "\"" + n + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
