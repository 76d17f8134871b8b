package dev.vpclint.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine's vocabulary is tested as completely as the rules are: every {@link Reason} has a
 * fixture in src/test/resources/paths/reasons/ named after it, whose trace stops with exactly that
 * reason, at the object and in the direction its `# expect:` line names.
 */
class ReasonFixturesTest {
    static final Path DIR = TraceFixtures.dir("reasons");

    @TestFactory
    Stream<DynamicTest> everyFixtureStopsWithItsReason() {
        return TraceFixtures.tests(DIR);
    }

    @Test
    void everyReasonHasAFixtureAndEveryFixtureNamesAReason() throws IOException {
        TreeSet<String> reasons = new TreeSet<>();
        for (Reason r : Reason.values()) reasons.add(r.name());
        TreeSet<String> fixtures = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (Path f : TraceFixtures.files(DIR)) {
            String name = f.getFileName().toString();
            String code = name.substring(0, name.length() - ".yaml".length());
            fixtures.add(code);
            TraceFixture fx = TraceFixture.read(f);
            if (!fx.expectedCode().equals(code)) wrong.add(name + " expects " + fx.expectedCode());
            if (fx.expectedObject() == null) wrong.add(name + " names no stop object");
            if (fx.sources().isEmpty()) wrong.add(name + " has no '# source:' line");
        }
        TreeSet<String> missing = new TreeSet<>(reasons);
        missing.removeAll(fixtures);
        TreeSet<String> unknown = new TreeSet<>(fixtures);
        unknown.removeAll(reasons);
        assertEquals(new TreeSet<>(), missing, "reasons without a fixture in " + DIR);
        assertEquals(new TreeSet<>(), unknown, "fixtures that name no Reason");
        assertEquals(List.of(), wrong);
        assertFalse(fixtures.isEmpty());
    }
}
