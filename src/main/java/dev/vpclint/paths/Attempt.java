package dev.vpclint.paths;

/** One start and one goal of a flow, traced there and (when it arrives) back. `back` is null when the packet never arrived. */
public record Attempt(Source source, Goal goal, Walk there, Walk back) {
    public Verdict verdict() {
        if (there.outcome() == Walk.Outcome.UNDECIDED) return Verdict.UNKNOWN;
        if (!there.delivered()) return Verdict.UNREACHABLE;
        if (back.delivered()) return Verdict.REACHABLE;
        return back.outcome() == Walk.Outcome.UNDECIDED ? Verdict.UNKNOWN : Verdict.UNREACHABLE;
    }

    /** The hop where the attempt stopped (there, else back), or null when it is reachable. */
    public Hop stop() {
        if (!there.delivered()) return there.stop();
        return back.delivered() ? null : back.stop();
    }
}
