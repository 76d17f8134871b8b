package dev.vpclint.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.load.LoadResult;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Runs trace fixtures ({@link TraceFixture}) from a folder of test resources, one dynamic test each. */
final class TraceFixtures {
    private TraceFixtures() {
    }

    static Path dir(String name) {
        return Project.dir().resolve("src/test/resources/paths").resolve(name);
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<DynamicTest> tests(Path dir) {
        return files(dir).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(TraceFixture.read(f))));
    }

    /** Traces the fixture's flow and asserts the verdict, the stop (reason, object, direction) and any hop sequences it states. */
    static void check(TraceFixture fx) {
        LoadResult loaded = fx.load();
        TraceResult r = new Tracer(fx.network(loaded)).trace(fx.flow());
        String name = fx.file().getFileName().toString();
        String trace = name + " (" + fx.trace() + ")\n" + TraceFixture.describe(r);
        if (fx.reachable()) {
            assertEquals(Verdict.REACHABLE, r.verdict(), trace);
            assertNull(r.chosen().stop(), trace);
        } else if ("ends".equals(fx.direction())) {
            Reason reason = Reason.valueOf(fx.expectedCode());
            assertEquals(reason.undecided() ? Verdict.UNKNOWN : Verdict.UNREACHABLE, r.verdict(), trace);
            assertNull(r.chosen(), trace);
            assertTrue(r.errors().stream().anyMatch(e -> e.startsWith(fx.expectedObject() + ": ") && e.contains(fx.expectedCode())), trace);
        } else {
            Reason reason = Reason.valueOf(fx.expectedCode());
            assertEquals(reason.undecided() ? Verdict.UNKNOWN : Verdict.UNREACHABLE, r.verdict(), trace);
            Attempt a = r.chosen();
            assertNotNull(a, trace);
            Hop stop = a.stop();
            assertNotNull(stop, trace);
            assertEquals(reason, stop.reason(), trace);
            assertEquals(fx.expectedObject(), stop.object(), trace);
            assertEquals(fx.direction(), a.there().delivered() ? "back" : "there", trace);
            assertTrue(stop.text().endsWith("(" + reason.name() + ")"), trace);
        }
        if (fx.there() != null) assertEquals(fx.there(), TraceFixture.objects(r.chosen().there()), trace);
        if (fx.back() != null) assertEquals(fx.back(), TraceFixture.objects(r.chosen().back()), trace);
    }
}
