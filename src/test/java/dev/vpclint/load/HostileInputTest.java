package dev.vpclint.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Linter;
import dev.vpclint.engine.RuleSelection;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.testing.MemFs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A topology file is untrusted input in CI: each hostile file ends in a located finding, never an
 * exception or a hang. (The timeouts guard against hangs; they are not performance assertions.)
 */
@Timeout(60)
class HostileInputTest {

    static String load(MemFs m, InputLimits limits, String file) throws Exception {
        LoadResult r = new Loader(m.cwd, limits).load(List.of(m.cwd.resolve(file)));
        new Linter(BuiltInRules.ALL, RuleSelection.ALL, ServiceCatalog.shipped()).lint(r);
        return r.problems().stream().map(p -> p.loc() + " " + p.ruleId() + " " + p.message()).collect(Collectors.joining("\n"));
    }

    /** Ten aliases of the level before, `levels` deep, inside an endpoint policy: under 1 KB that expands to over 10^(levels+1) nodes. */
    static String policyBomb(int levels) {
        StringBuilder b = new StringBuilder("""
                vpclint: 1
                vpcs:
                  app:
                    cidrs: [10.0.0.0/16]
                    route_tables: {rt: {}}
                    endpoints:
                      s3:
                        type: gateway
                        service: s3
                        route_tables: [rt]
                        policy:
                          l0: &a0 [x, x, x, x, x, x, x, x, x, x]
                """);
        for (int i = 1; i <= levels; i++) {
            b.append("          l").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            b.append("]\n");
        }
        return b.toString();
    }

    @Test
    void aliasBombStopsAtTheAliasLimit() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("bomb.yaml", policyBomb(7));
            assertEquals("bomb.yaml:17:15 VL001 aliases expand this to more than 250000 nodes beyond those written"
                    + " (aliases repeating aliases?); refusing to expand it", load(m, InputLimits.DEFAULT, "bomb.yaml"));
        }
    }

    /** Within the limit, an aliased subtree is one shared object in the policy, not a copy per alias. */
    @Test
    void aliasesInAPolicyAreSharedNotCopied() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("aliases.yaml", policyBomb(4)); // 111,111 nodes
            LoadResult r = new Loader(m.cwd, InputLimits.DEFAULT).load(List.of(m.cwd.resolve("aliases.yaml")));
            assertEquals(List.of(), r.problems());
            @SuppressWarnings("unchecked")
            Map<String, Object> policy = (Map<String, Object>) r.topologies().get(0).topology().vpcs().get("app").endpoints().get("s3").policy();
            List<?> top = (List<?>) policy.get("l4");
            assertEquals(10, top.size());
            assertSame(top.get(0), top.get(9));
            assertSame(policy.get("l3"), top.get(0));
        }
    }

    @Test
    void deepNestingStopsAtTheDepthLimit() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("deep.yaml", "vpclint: 1\nname: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
            assertEquals("deep.yaml:2:71 VL001 nesting deeper than 64 levels", load(m, InputLimits.DEFAULT, "deep.yaml"));
        }
    }

    @Test
    void oversizeFilesAreRefusedBeforeReading() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("big.yaml", "vpclint: 1\n# " + "x".repeat(2000) + "\n");
            assertEquals("big.yaml:1:1 VL001 file is larger than 1000 bytes, the limit",
                    load(m, new InputLimits(1000, 64, 1000, 5000), "big.yaml"));
        }
    }

    /** One long line costs SnakeYAML time and memory quadratic in its length, so it is refused before parsing. */
    @Test
    void longLinesAreRefusedBeforeParsing() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("long.yaml", "vpclint: 1\r\nname: x\r\ndescription: " + "y".repeat(200) + "\r\n");
            m.write("long-comment.yaml", "vpclint: 1\n\n# " + "z".repeat(99) + "\n");
            m.write("fits.yaml", "vpclint: 1\nname: " + "y".repeat(94) + "\n");
            InputLimits limits = new InputLimits(1_000_000, 64, 1000, 100);
            assertEquals("long.yaml:3:101 VL001 line 3 is 213 characters long; the limit is 100 (write long lists one item per line)",
                    load(m, limits, "long.yaml"));
            assertEquals("long-comment.yaml:3:101 VL001 line 3 is 101 characters long; the limit is 100 (write long lists one item per line)",
                    load(m, limits, "long-comment.yaml"));
            assertEquals("", load(m, limits, "fits.yaml"));
        }
    }

    /** JSON has no line cost, so a minified JSON topology on one line is read whatever its length. */
    @Test
    void jsonIsExemptFromTheLineLimit() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("one-line.json", "{\"vpclint\": 1, \"name\": \"" + "y".repeat(500) + "\"}");
            assertEquals("", load(m, new InputLimits(1_000_000, 64, 1000, 100), "one-line.json"));
        }
    }

    @Test
    void nonUtf8BytesAreAFinding() throws Exception {
        try (MemFs m = new MemFs()) {
            Files.write(m.cwd.resolve("latin1.yaml"), "vpclint: 1\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
            assertEquals("latin1.yaml:1:1 VL001 file is not UTF-8 text", load(m, InputLimits.DEFAULT, "latin1.yaml"));
        }
    }

    @Test
    void oddShapesAreFindings() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("list.yaml", "- vpclint: 1\n");
            m.write("two.yaml", "vpclint: 1\n---\nvpclint: 1\n");
            m.write("alias.yaml", "vpclint: 1\nname: *nowhere\n");
            m.write("tab.yaml", "vpclint: 1\nvpcs:\n\tapp: {}\n");
            m.write("version.yaml", "vpclint: 2\n");
            LoadResult list = new Loader(m.cwd, InputLimits.DEFAULT).load(List.of(m.cwd.resolve("list.yaml")));
            assertEquals(List.of("list.yaml"), list.skipped(), "the marker must start a line of a top-level mapping");
            assertEquals("two.yaml:3:1 VL002 a topology file holds one YAML document; remove the second `---` document",
                    load(m, InputLimits.DEFAULT, "two.yaml"));
            assertEquals("alias.yaml:2:7 VL001 alias *nowhere refers to no anchor defined before it", load(m, InputLimits.DEFAULT, "alias.yaml"));
            assertTrue(load(m, InputLimits.DEFAULT, "tab.yaml").startsWith("tab.yaml:3:1 VL001 "), load(m, InputLimits.DEFAULT, "tab.yaml"));
            assertEquals("version.yaml:1:1 VL002 unsupported format version an integer '2'; this vpclint reads `vpclint: 1`", load(m, InputLimits.DEFAULT, "version.yaml"));
        }
    }

    /** Seeded random damage to a valid topology: whatever the bytes, loading and linting never throw. */
    @Test
    void randomlyDamagedTopologiesNeverThrow() throws Exception {
        String base = LocationsTest.TOPOLOGY;
        Random random = new Random(20261121);
        String alphabet = "{}[]:,-#&*!|>'\"\n \t/.0123456789abcdefxyz";
        try (MemFs m = new MemFs()) {
            for (int i = 0; i < 300; i++) {
                StringBuilder b = new StringBuilder(base);
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    int at = random.nextInt(b.length());
                    switch (random.nextInt(3)) {
                        case 0 -> b.deleteCharAt(at);
                        case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        default -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                m.write("fuzz.yaml", b.toString());
                load(m, InputLimits.DEFAULT, "fuzz.yaml");
            }
        }
    }
}
