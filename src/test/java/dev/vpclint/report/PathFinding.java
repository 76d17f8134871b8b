package dev.vpclint.report;

import dev.vpclint.engine.Finding;
import dev.vpclint.engine.FlowStep;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Loc;
import java.util.List;

/**
 * A synthetic path finding for the report tests (no rule emits flows yet): two hops there, one of
 * them an implicit object with no location, and one hop back where the path stops, with its reason.
 */
final class PathFinding {
    static final String FILE = "net/core.yaml";
    static final Loc APP_ROUTE = new Loc(FILE, 14, 11, "vpcs.app.route_tables.private.routes[0]");
    static final Loc DATA_TABLE = new Loc(FILE, 31, 7, "vpcs.data.route_tables.private");

    private PathFinding() {
    }

    static final List<FlowStep> FLOW = List.of(
            new FlowStep("there", "subnet/app/app-a", "route 10.1.0.0/16 -> tgw/core", APP_ROUTE, null),
            new FlowStep("there", "tgw-rtb/core/default", "propagated route 10.1.0.0/16 -> tgw-attach/core/data", null, null),
            new FlowStep("back", "subnet/data/db-a", "no route to 10.0.1.0/24", DATA_TABLE, "NO_ROUTE_TO_DESTINATION"));

    static Finding withFlow() {
        return new Finding("VL901", "intent-unreachable", Severity.ERROR,
                "intent app-to-db is unreachable: the return path stops at subnet/data/db-a (NO_ROUTE_TO_DESTINATION)",
                new Loc(FILE, 52, 5, "intents.app-to-db"), List.of(APP_ROUTE), false, FLOW);
    }

    static Finding withoutFlow() {
        return new Finding("VL003", "unknown-field", Severity.WARNING, "unknown field 'colour' in vpcs.app",
                new Loc(FILE, 5, 5, "vpcs.app.colour"), List.of(), false, List.of());
    }
}
