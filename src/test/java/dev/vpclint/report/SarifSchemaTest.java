package dev.vpclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.vpclint.engine.Finding;
import dev.vpclint.testing.Lint;
import dev.vpclint.testing.MemFs;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** SARIF output against the official SARIF 2.1.0 JSON Schemas (skipped without ../shared). */
class SarifSchemaTest {

    @Test
    void theValidatorAcceptsAGoodLogAndRejectsABadOne() throws IOException {
        Path samples = SarifSchema.corpus().resolve("samples-authored-here");
        for (SarifSchema s : SarifSchema.all()) {
            assertEquals(List.of(), s.errors(Files.readString(samples.resolve("good-minimal.sarif"))), s.name);
            assertFalse(s.errors(Files.readString(samples.resolve("bad-schema.sarif"))).isEmpty(),
                    s.name + " must reject a driver without a name, or these tests prove nothing");
        }
    }

    @Test
    void findingsWithRelatedLocationsAndSuppressionsAreValid() {
        List<SarifSchema> schemas = SarifSchema.all();
        Path fixture = Project.dir().resolve("src/test/resources/sarif/findings.yaml");
        List<Finding> findings = Lint.run(Project.dir(), fixture);
        assertTrue(findings.stream().map(Finding::ruleId).distinct().count() >= 3, Lint.describe(findings));
        assertTrue(findings.stream().anyMatch(f -> !f.related().isEmpty()), "the fixture has related locations");
        assertTrue(findings.stream().anyMatch(Finding::suppressed), "the fixture has a suppressed finding");
        assertValid(schemas, Sarif.write(List.of("src/test/resources/sarif/findings.yaml"), findings));
    }

    @Test
    void pathFindingsWithCodeFlowsAreValid() throws IOException {
        List<SarifSchema> schemas = SarifSchema.all();
        assertValid(schemas, Sarif.write(List.of(PathFinding.FILE), List.of(PathFinding.withoutFlow(), PathFinding.withFlow())));
        assertValid(schemas, Files.readString(Project.dir().resolve(SarifReportTest.PATH_GOLDEN)));
    }

    @Test
    void aCleanTopologyIsValidWithNoResults() throws IOException {
        List<SarifSchema> schemas = SarifSchema.all();
        try (MemFs m = new MemFs()) {
            Path p = m.write("net.yaml", "vpclint: 1\nvpcs:\n  app: {cidrs: [10.0.0.0/16]}\n");
            List<Finding> findings = Lint.run(m.cwd, p);
            assertEquals(List.of(), findings);
            String sarif = Sarif.write(List.of("net.yaml"), findings);
            assertTrue(Sarif.parse(sarif).at("/runs/0/results").isArray());
            assertEquals(0, Sarif.parse(sarif).at("/runs/0/results").size());
            assertValid(schemas, sarif);
        }
    }

    @Test
    void filesOutsideTheStartFolderAndOddNamesAreValid() throws IOException {
        List<SarifSchema> schemas = SarifSchema.all();
        try (MemFs m = new MemFs()) {
            Path outside = m.write("/elsewhere/my net.yaml", "vpclint: 1\nvpcs:\n  app: {cidrs: [10.0.0.0/16], colour: blue}\n");
            Path odd = m.write("dir:x/ä #1.yaml", "vpclint: 1\nvpcs:\n  app: {cidrs: [10.0.0.0/16], colour: blue}\n");
            List<Finding> findings = Lint.run(m.cwd, outside, odd);
            assertEquals(2, findings.size(), Lint.describe(findings));
            String sarif = Sarif.write(List.of("/elsewhere/my net.yaml", "dir:x/ä #1.yaml"), findings);
            assertValid(schemas, sarif);
            var results = Sarif.parse(sarif).at("/runs/0/results");
            assertEquals("file:///elsewhere/my%20net.yaml", results.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText());
            assertTrue(results.at("/0/locations/0/physicalLocation/artifactLocation/uriBaseId").isMissingNode(), "an absolute URI has no base");
            assertEquals("dir%3Ax/%C3%A4%20%231.yaml", results.at("/1/locations/0/physicalLocation/artifactLocation/uri").asText());
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleIsValid() throws IOException {
        Path dir = Project.samples();
        List<Path> samples;
        if (!Files.isDirectory(dir)) {
            samples = List.of();
        } else {
            try (Stream<Path> files = Files.list(dir)) {
                samples = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            }
        }
        if (samples.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("samples/*.yaml", () -> assumeFalse(true, "no samples/*.yaml yet")));
        }
        return samples.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            List<SarifSchema> schemas = SarifSchema.all();
            String display = "samples/" + p.getFileName();
            assertValid(schemas, Sarif.write(List.of(display), Lint.run(Project.dir(), p)));
        }));
    }

    static void assertValid(List<SarifSchema> schemas, String sarif) {
        for (SarifSchema s : schemas) {
            List<String> errors = s.errors(sarif);
            assertEquals(List.of(), errors, s.name + " rejects:\n" + sarif);
        }
    }
}
