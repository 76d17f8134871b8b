package dev.vpclint.load;

import dev.vpclint.model.Problem;
import dev.vpclint.model.Topology;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything loading produced: the topologies (one per root file), the input problems, the files
 * read (display names) and the YAML files skipped for lacking the `vpclint:` marker.
 */
public record LoadResult(List<Loaded> topologies, List<Problem> problems, List<String> files, List<String> skipped,
                         Map<String, InlineIgnores> ignores) {

    /** A merged topology and the names of objects dropped for broken required fields ("kind:name"). */
    public record Loaded(Topology topology, Set<String> broken) {
    }
}
