package dev.vpclint.paths;

import java.util.List;

/**
 * Every attempt of a flow (start x goal x IP version), the verdict (reachable when any attempt is),
 * and the attempt that explains it best: the first reachable one, else the first undecided, else
 * the first unreachable. `errors` say why an end gave no start or goal. `complete` is false when the
 * search stopped at the first reachable attempt ({@link Tracer#decide}): then `attempts` is a prefix.
 */
public record TraceResult(Flow flow, Verdict verdict, List<Attempt> attempts, Attempt chosen, List<String> errors, boolean complete) {
    public TraceResult {
        attempts = List.copyOf(attempts);
        errors = List.copyOf(errors);
    }
}
