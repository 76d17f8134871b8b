package dev.vpclint.rules;

import dev.vpclint.model.Intent;
import dev.vpclint.model.Loc;
import dev.vpclint.paths.Attempt;
import dev.vpclint.paths.Hop;
import dev.vpclint.paths.TraceResult;
import java.util.ArrayList;
import java.util.List;

/** How the intent rules (VL901-VL905) name an intent and where its path stops. */
final class IntentText {
    private IntentText() {
    }

    static String name(Intent i) {
        String flow = i.from() + " -> " + i.to() + " (" + i.protocol().word() + (i.ports().isAll() ? "" : " " + i.ports()) + ")";
        return i.name() == null ? "intent " + flow : "intent " + i.name() + " (" + flow.replace(" (", ", ").replaceFirst("\\)$", "") + ")";
    }

    /** `OBJECT: what happened (CODE)` at the stop of the attempt, on the way there or back. */
    static String stop(Attempt a) {
        Hop h = a.stop();
        boolean back = a.there().delivered();
        return (back ? "on the way back, " : "") + "at " + h.object() + ": " + h.text();
    }

    /** How many of the flow's attempts (starts x goals x IP versions) behave like the chosen one, when there are several. */
    static String attempts(TraceResult r) {
        if (r.counts().total() < 2 || !r.complete()) return "";
        return " (" + r.counts().of(r.verdict()) + " of " + r.counts().total() + " start/destination pairs)";
    }

    static List<Loc> related(Attempt a) {
        List<Loc> out = new ArrayList<>();
        Hop h = a == null ? null : a.stop();
        if (h != null && h.loc() != null) out.add(h.loc());
        return out;
    }
}
