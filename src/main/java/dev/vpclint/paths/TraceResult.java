package dev.vpclint.paths;

import java.util.List;

/**
 * Every attempt of a flow (start x goal x IP version), the verdict (reachable when any attempt is),
 * and the attempt that explains it best: the first reachable one, else the first undecided, else
 * the first unreachable. `errors` say why an end gave no start or goal. `complete` is false when the
 * search stopped at the first reachable attempt or skipped destinations no link leads to
 * ({@link Tracer#decide}); a verdict-only search also keeps only the first attempt of each verdict
 * in `attempts` (a large network has thousands), while `counts` counts every attempt walked.
 */
public record TraceResult(Flow flow, Verdict verdict, List<Attempt> attempts, Attempt chosen, List<String> errors, boolean complete,
                          Counts counts) {
    /** How many walked attempts had each verdict. */
    public record Counts(int reachable, int unknown, int unreachable) {
        public int of(Verdict v) {
            return switch (v) {
                case REACHABLE -> reachable;
                case UNKNOWN -> unknown;
                case UNREACHABLE -> unreachable;
            };
        }

        public int total() {
            return reachable + unknown + unreachable;
        }
    }

    public TraceResult {
        attempts = List.copyOf(attempts);
        errors = List.copyOf(errors);
    }
}
