package dev.vpclint.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Linter;
import dev.vpclint.engine.RuleSelection;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.testing.MemFs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
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

    @Test
    void aliasBombStopsAtTheNodeLimit() throws Exception {
        StringBuilder b = new StringBuilder("vpclint: 1\nname: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 12; i++) {
            b.append("n").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            b.append("]\n");
        }
        try (MemFs m = new MemFs()) {
            m.write("bomb.yaml", b.toString());
            String out = load(m, InputLimits.DEFAULT, "bomb.yaml");
            assertTrue(out.startsWith("bomb.yaml:9:5 VL001 the document expands to more than 20000000 nodes"), out);
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
            assertEquals("big.yaml:1:1 VL001 file is 2014 bytes; the limit is 1000",
                    load(m, new InputLimits(1000, 64, 1000), "big.yaml"));
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
