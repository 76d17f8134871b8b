package dev.vpclint.testing;

import dev.vpclint.engine.BuiltInRules;
import dev.vpclint.net.Network;
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

    /** Loads one topology written as text (in an in-memory file system), problems included. */
    public static LoadResult load(String yaml) {
        try (MemFs m = new MemFs()) {
            return new Loader(m.cwd, InputLimits.DEFAULT).load(List.of(m.write("net.yaml", yaml)));
        } catch (InputException | java.io.IOException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The network of a topology written as text, which must load without any input problem. */
    public static Network network(String yaml) {
        LoadResult r = load(yaml);
        if (!r.problems().isEmpty()) throw new AssertionError("input problems: " + r.problems());
        return new Network(r.topologies().get(0).topology());
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
