package dev.vpclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.RuleDocs;
import dev.vpclint.testing.MemFs;
import org.junit.jupiter.api.Test;

/** `rules`, `explain`, `--version`, `--help`. */
class CommandsTest {

    @Test
    void rulesListsEveryRegisteredRuleInOrder() throws Exception {
        try (MemFs m = new MemFs()) {
            CliRun r = CliRun.of(m, "rules");
            assertEquals(0, r.code());
            assertEquals(BuiltInRules.ALL.size(), r.out().lines().count());
            assertEquals("VL001  yaml-syntax                              error    The file is not valid YAML, or exceeds the limits for untrusted input",
                    r.out().lines().findFirst().orElseThrow());
        }
    }

    @Test
    void explainPrintsTheShippedDocByIdOrName() throws Exception {
        try (MemFs m = new MemFs()) {
            String doc = RuleDocs.markdown("VL004");
            assertEquals(doc, CliRun.of(m, "explain", "VL004").out());
            assertEquals(doc, CliRun.of(m, "explain", "duplicate-name").out());
            CliRun unknown = CliRun.of(m, "explain", "VL999");
            assertEquals(2, unknown.code());
            assertEquals("vpclint: no rule 'VL999' (see `vpclint rules`)\n", unknown.err());
        }
    }

    @Test
    void versionAndHelp() throws Exception {
        try (MemFs m = new MemFs()) {
            assertEquals("vpclint 0.1.0\n", CliRun.of(m, "--version").out());
            CliRun help = CliRun.of(m, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("Exit codes:"), help.out());
            assertTrue(help.out().contains("3   internal error"), help.out());
        }
    }
}
