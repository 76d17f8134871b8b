package dev.vpclint.testing;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.engine.Finding;
import dev.vpclint.engine.Linter;
import dev.vpclint.engine.RuleSelection;
import dev.vpclint.engine.ServiceCatalog;
import dev.vpclint.load.InputException;
import dev.vpclint.load.InputLimits;
import dev.vpclint.load.LoadResult;
import dev.vpclint.load.Loader;
import java.nio.file.Path;
import java.util.List;

/** Loads and lints in-process, as `vpclint check` does, for tests. */
public final class Lint {
    private Lint() {
    }

    /** Lints `inputs` with `startDir` as the folder vpclint was started in. */
    public static List<Finding> run(Path startDir, Path... inputs) {
        try {
            LoadResult loaded = new Loader(startDir, InputLimits.DEFAULT).load(List.of(inputs));
            return new Linter(BuiltInRules.ALL, RuleSelection.ALL, ServiceCatalog.shipped()).lint(loaded);
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** One line per finding: `file:line:col RULE message`, for readable assertion failures. */
    public static String describe(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(f.loc()).append(' ').append(f.ruleId()).append(' ').append(f.message()).append('\n');
        }
        return b.toString();
    }
}
