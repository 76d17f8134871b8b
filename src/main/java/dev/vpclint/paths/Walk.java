package dev.vpclint.paths;

import java.util.List;

/** One walk of a packet, there or back: its hops and how it ended. */
public record Walk(List<Hop> hops, Outcome outcome, Reason reason, ReturnStart back) {
    public enum Outcome { DELIVERED, STOPPED, UNDECIDED }

    public Walk {
        hops = List.copyOf(hops);
    }

    public boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }

    /** The hop where the walk stopped, or null when it was delivered. */
    public Hop stop() {
        return delivered() || hops.isEmpty() ? null : hops.get(hops.size() - 1);
    }
}
