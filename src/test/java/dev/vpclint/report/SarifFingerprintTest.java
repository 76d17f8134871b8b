package dev.vpclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclint.testing.Lint;
import dev.vpclint.testing.MemFs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** partialFingerprints survive moved lines, so GitHub keeps matching alerts across commits. */
class SarifFingerprintTest {
    static final String TOPOLOGY = """
            vpclint: 1
            vpcs:
              app:
                cidrs: [10.0.0.0/16]
                colour: blue
                subnets:
                  a: {cidr: 10.0.1.0/24, az: use1-az1, route_table: main, shade: dark}
                  b: {cidr: 10.0.2.1/24, az: use1-az2, route_table: main}
                  a: {cidr: 10.0.3.0/24, az: use1-az1, route_table: main}
                  b: {cidr: 10.0.4.0/24, az: use1-az2, route_table: main}
                route_tables:
                  main:
                    routes:
                      - {destination: 0.0.0.0/0, target: nat/missing}
                      - {destination: 10.9.0.0/16, target: nat/missing}
            """;

    @Test
    void insertingLinesAboveTheObjectsKeepsEveryFingerprint() throws IOException {
        JsonNode before = results(TOPOLOGY);
        String moved = TOPOLOGY.replace("vpcs:\n", "\n\n# core network, owned by the platform team\n\nvpcs:\n")
                .replace("    subnets:\n", "    # the two private subnets\n\n    subnets:\n");
        JsonNode after = results(moved);
        assertEquals(before.size(), after.size());
        assertTrue(before.size() >= 4, before.toString());
        for (int i = 0; i < before.size(); i++) {
            JsonNode b = before.get(i);
            JsonNode a = after.get(i);
            assertEquals(b.get("ruleId"), a.get("ruleId"));
            assertEquals(b.get("partialFingerprints"), a.get("partialFingerprints"), "result " + i);
            assertNotEquals(line(b), line(a), "the line moved for result " + i);
        }
    }

    @Test
    void fingerprintsAreDistinctEvenForTheSameRuleAndObject() throws IOException {
        JsonNode results = results(TOPOLOGY);
        List<String> prints = new ArrayList<>();
        for (JsonNode r : results) prints.add(r.at("/partialFingerprints/vpclintFingerprint~1v1").asText());
        assertEquals(prints.size(), new HashSet<>(prints).size(), prints.toString());
        long sameTriple = 0;
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals("VL004") && r.at("/locations/0/logicalLocations").isMissingNode()) sameTriple++;
        }
        assertEquals(2, sameTriple, "two duplicate keys share rule, file and (empty) object path: the counter tells them apart");
        for (String p : prints) assertTrue(p.matches("[0-9a-f]{64}"), p);
    }

    private static JsonNode results(String topology) throws IOException {
        try (MemFs m = new MemFs()) {
            Path p = m.write("net/core.yaml", topology);
            return Sarif.parse(Sarif.write(List.of("net/core.yaml"), Lint.run(m.cwd, p))).at("/runs/0/results");
        }
    }

    private static int line(JsonNode result) {
        return result.at("/locations/0/physicalLocation/region/startLine").asInt();
    }
}
