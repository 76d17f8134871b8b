package dev.vpclint.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclint.testing.Lint;
import dev.vpclint.testing.MemFs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON topologies (turn-2 contract): the same format, the same findings, at JSON's own lines and columns. */
class JsonTopologyTest {

    private static final String OVERLAP = """
            {
              "vpclint": 1,
              "defaults": {"region": "us-east-1"},
              "vpcs": {
                "billing": {
                  "cidrs": ["10.60.0.0/16"],
                  "subnets": {
                    "billing-a": {"cidr": "10.60.0.0/22", "az": "use1-az1"},
                    "billing-b": {"cidr": "10.60.2.0/24", "az": "use1-az2"}
                  }
                }
              }
            }
            """;

    @Test
    void aJsonTopologyIsLintedLikeItsYaml() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.json", OVERLAP);
            // The finding sits on the `"cidr"` key, as it sits on `cidr:` in YAML.
            assertEquals(List.of("net.json:9:23 VL105"), Lint.run(m.cwd, m.cwd.resolve("net.json")).stream()
                    .map(f -> f.loc() + " " + f.ruleId()).toList());
        }
    }

    @Test
    void jsonInputProblemsAreLocated() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("dup.json", "{\"vpclint\": 1,\n \"name\": \"a\",\n \"name\": \"b\"}\n");
            m.write("broken.json", "{\"vpclint\": 1,\n \"vpcs\": {\"app\": [}\n}\n");
            m.write("two.json", "{\"vpclint\": 1} {\"vpclint\": 1}\n");
            assertEquals("dup.json:3:2 VL004 duplicate key 'name' (first defined at line 2); YAML would silently keep only one",
                    HostileInputTest.load(m, InputLimits.DEFAULT, "dup.json"));
            assertEquals("broken.json:2:19", HostileInputTest.load(m, InputLimits.DEFAULT, "broken.json").split(" ")[0]);
            assertEquals("two.json:1:16 VL002 a JSON topology holds one value; remove what follows it",
                    HostileInputTest.load(m, InputLimits.DEFAULT, "two.json"));
        }
    }

    @Test
    void aYamlTopologyMayIncludeAJsonFragment() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", "vpclint: 1\ninclude: [vpcs.json]\n");
            m.write("vpcs.json", OVERLAP);
            LoadResult r = new Loader(m.cwd, InputLimits.DEFAULT).load(List.of(m.cwd.resolve("net.yaml")));
            assertEquals(List.of("net.yaml", "vpcs.json"), r.files());
            assertEquals("vpcs.json:9:23 VL105", Lint.describe(Lint.run(m.cwd, m.cwd.resolve("net.yaml"))).substring(0, 20));
        }
    }

    /** Folders are searched for YAML only: reading every package.json of a repository to find none is not worth it. */
    @Test
    void foldersAreSearchedForYamlOnly() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.json", OVERLAP);
            m.write("net.yaml", "vpclint: 1\n");
            LoadResult r = new Loader(m.cwd, InputLimits.DEFAULT).load(List.of(m.cwd));
            assertEquals(List.of("net.yaml"), r.files());
        }
    }
}
