package dev.vpclint.paths;

import dev.vpclint.engine.FlowStep;
import java.util.ArrayList;
import java.util.List;

/** An attempt's hops as the flow steps findings carry (SARIF code flows, JSON `flow`). */
public final class FlowSteps {
    private FlowSteps() {
    }

    public static List<FlowStep> of(Attempt a) {
        List<FlowStep> out = new ArrayList<>();
        for (Hop h : a.there().hops()) out.add(step("there", h));
        if (a.back() != null) for (Hop h : a.back().hops()) out.add(step("back", h));
        return out;
    }

    public static List<FlowStep> of(Walk w) {
        List<FlowStep> out = new ArrayList<>();
        for (Hop h : w.hops()) out.add(step("there", h));
        return out;
    }

    private static FlowStep step(String direction, Hop h) {
        return new FlowStep(direction, h.object(), h.text(), h.loc(), h.reason() == null ? null : h.reason().name());
    }
}
