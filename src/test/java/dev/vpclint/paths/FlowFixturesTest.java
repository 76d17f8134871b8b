package dev.vpclint.paths;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole paths, hop by hop, there and back, for the designs vpclint must get right: fixtures in
 * src/test/resources/paths/flows/ with `# there:` and `# back:` lines listing every object in order.
 */
class FlowFixturesTest {
    @TestFactory
    Stream<DynamicTest> everyFlowTakesItsStatedPath() {
        return TraceFixtures.tests(TraceFixtures.dir("flows"));
    }
}
