package dev.vpclint.load;

import dev.vpclint.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads YAML the jar ships (the service catalogue) with the same reader as topologies, so start-up
 * loads one YAML stack, not a second one through Jackson databind (about 170 ms of a 270 ms run).
 */
public final class YamlTree {
    private YamlTree() {
    }

    /** The document's tree; a problem in shipped YAML is a bug, reported as an exception. */
    public static YNode parse(String name, String content) {
        List<Problem> problems = new ArrayList<>();
        YNode root = new YamlReader(InputLimits.DEFAULT).read(name, content, problems);
        if (!problems.isEmpty()) throw new IllegalArgumentException(problems.get(0).loc() + ": " + problems.get(0).message());
        if (root == null) throw new IllegalArgumentException(name + " is empty");
        return root;
    }
}
