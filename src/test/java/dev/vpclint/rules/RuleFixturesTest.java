package dev.vpclint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vpclint.engine.Finding;
import dev.vpclint.testing.ExpectMarkers;
import dev.vpclint.testing.ExpectMarkers.Expected;
import dev.vpclint.testing.Lint;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every rule fixture (`rules/VLnnn/flags-*.yaml`, `ok-*.yaml`). Every finding of the
 * fixture's rule, and every input problem (VL0xx) whatever the rule, must be matched by an
 * `# expect:` marker on its line, and every marker by a finding. `ok-` fixtures carry no markers,
 * so they must stay clean. Each fixture is thus a positive and a negative test at once.
 */
class RuleFixturesTest {

    static Stream<Path> fixtures() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Project.rules())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(RuleFixturesTest::isFixture).sorted().forEach(out::add);
                }
            }
        }
        return out.stream();
    }

    static boolean isFixture(Path p) {
        String n = p.getFileName().toString();
        return (n.startsWith("flags-") || n.startsWith("ok-")) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureFindingsMatchItsMarkers(Path fixture) throws IOException {
        String rule = fixture.getParent().getFileName().toString();
        String name = fixture.getFileName().toString();
        List<Expected> expected = ExpectMarkers.parse(Files.readString(fixture));
        if (name.startsWith("ok-")) {
            assertTrue(expected.isEmpty(), "an ok- fixture carries no expect markers: " + expected);
        } else {
            assertTrue(expected.stream().anyMatch(e -> e.rule().equals(rule)),
                    "a flags- fixture must expect at least one " + rule + " finding");
        }
        List<Finding> relevant = Lint.run(fixture.getParent(), fixture).stream()
                .filter(f -> f.loc().file().equals(name))
                .filter(f -> f.ruleId().equals(rule) || f.ruleId().startsWith("VL0"))
                .toList();
        List<String> problems = new ArrayList<>();
        for (Finding f : relevant) {
            boolean matched = expected.stream().anyMatch(e -> e.line() == f.loc().line() && e.rule().equals(f.ruleId())
                    && (e.text() == null || f.message().contains(e.text())));
            if (!matched) problems.add("unexpected finding at " + f.loc() + ": " + f.ruleId() + " " + f.message());
        }
        for (Expected e : expected) {
            boolean seen = relevant.stream().anyMatch(f -> e.line() == f.loc().line() && e.rule().equals(f.ruleId())
                    && (e.text() == null || f.message().contains(e.text())));
            if (!seen) problems.add("missing finding: " + e);
        }
        if (!problems.isEmpty()) fail(String.join("\n", problems) + "\nall findings:\n" + Lint.describe(relevant));
    }
}
