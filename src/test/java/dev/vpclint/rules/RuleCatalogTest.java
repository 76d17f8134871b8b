package dev.vpclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleDocs;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Fails the build when a registered rule lacks its doc or fixtures, or the registry is out of order. */
class RuleCatalogTest {
    static final List<String> HEADINGS = List.of("## What it does", "## Why is this bad?", "## Example", "## Use instead",
            "## When not to use it", "## References");

    @Test
    void registryIsSortedByIdWithUniqueIdsAndNames() {
        List<String> ids = BuiltInRules.ALL.stream().map(r -> r.info().id()).toList();
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ids, "BuiltInRules must list rules sorted by id");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "rule ids are unique");
        Set<String> names = new HashSet<>();
        for (Rule r : BuiltInRules.ALL) {
            RuleInfo i = r.info();
            assertTrue(i.id().matches("VL\\d{3}"), i.id());
            assertTrue(i.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), "kebab-case name: " + i.name());
            assertFalse(i.name().startsWith("no-"), "name the pattern, not the fix: " + i.name());
            assertTrue(names.add(i.name()), "duplicate name " + i.name());
            assertFalse(i.summary().isBlank(), i.id() + " has a summary");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasDocAndBothKindsOfFixture() {
        return BuiltInRules.ALL.stream().map(r -> DynamicTest.dynamicTest(r.info().id(), () -> {
            String id = r.info().id();
            Path dir = Project.rules().resolve(id);
            Path doc = dir.resolve("README.md");
            assertTrue(Files.isRegularFile(doc), id + " lacks rules/" + id + "/README.md");
            String text = Files.readString(doc);
            assertTrue(text.startsWith("# " + id + " " + r.info().name() + "\n"), id + " doc starts with '# " + id + " " + r.info().name() + "'");
            int at = 0;
            for (String h : HEADINGS) {
                int i = text.indexOf("\n" + h + "\n", at);
                assertTrue(i >= 0, id + " doc lacks heading '" + h + "' (in this order)");
                at = i + 1;
            }
            assertTrue(text.substring(at).contains("http"), id + " doc cites its references with URLs");
            assertTrue(count(dir, "flags-") > 0, id + " lacks a flags-*.yaml fixture");
            assertTrue(count(dir, "ok-") > 0, id + " lacks an ok-*.yaml fixture");
            assertEquals(text, RuleDocs.markdown(id), id + " doc is shipped in the jar as written");
        }));
    }

    @Test
    void everyRuleFolderBelongsToARegisteredRule() throws IOException {
        try (Stream<Path> dirs = Files.list(Project.rules())) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String id = d.getFileName().toString();
                assertTrue(BuiltInRules.find(id) != null, "rules/" + id + " has no registered rule");
            }
        }
    }

    private static long count(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".yaml")).count();
        }
    }
}
