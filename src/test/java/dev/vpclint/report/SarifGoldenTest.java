package dev.vpclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.testing.Lint;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SARIF of one topology, byte for byte. After an intended change (a new rule, a doc edit, a
 * format addition) rewrite it with `mvn test -Dtest=SarifGoldenTest -Dgolden.update=true` and review
 * the diff.
 */
class SarifGoldenTest {
    static final String INPUT = "src/test/resources/sarif/golden.yaml";
    static final String EXPECTED = "src/test/resources/sarif/golden.expected.sarif";

    @Test
    void sarifMatchesTheGoldenFile() throws IOException {
        Path input = Project.dir().resolve(INPUT);
        String actual = Sarif.write(List.of(INPUT), Lint.run(Project.dir(), input));
        Path expected = Project.dir().resolve(EXPECTED);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(expected), EXPECTED + " is missing: run with -Dgolden.update=true");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                "SARIF differs from " + EXPECTED + "; if the change is intended, rerun with -Dgolden.update=true and review the diff");
    }

    @Test
    void twoWritesAreIdentical() {
        Path input = Project.dir().resolve(INPUT);
        assertEquals(Sarif.write(List.of(INPUT), Lint.run(Project.dir(), input)),
                Sarif.write(List.of(INPUT), Lint.run(Project.dir(), input)));
    }
}
