package dev.vpclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report's bytes for findings with and without the hops of a path. */
class JsonReportTest {

    private static String json(Report report) throws IOException {
        StringWriter w = new StringWriter();
        new JsonReport().write(report, w);
        return w.toString();
    }

    @Test
    void pathFindingsListTheirHopsAndOtherFindingsAnEmptyFlow() throws IOException {
        String out = json(new Report("1.2.3", List.of(PathFinding.FILE), List.of(PathFinding.withoutFlow(), PathFinding.withFlow())));
        assertEquals("""
                {
                  "vpclint" : "1.2.3",
                  "files" : [ "net/core.yaml" ],
                  "findings" : [ {
                    "rule" : "VL003",
                    "name" : "unknown-field",
                    "severity" : "warning",
                    "message" : "unknown field 'colour' in vpcs.app",
                    "file" : "net/core.yaml",
                    "line" : 5,
                    "column" : 5,
                    "path" : "vpcs.app.colour",
                    "related" : [ ],
                    "suppressed" : false,
                    "flow" : [ ]
                  }, {
                    "rule" : "VL901",
                    "name" : "intent-unreachable",
                    "severity" : "error",
                    "message" : "intent app-to-db is unreachable: the return path stops at subnet/data/db-a (NO_ROUTE_TO_DESTINATION)",
                    "file" : "net/core.yaml",
                    "line" : 52,
                    "column" : 5,
                    "path" : "intents.app-to-db",
                    "related" : [ {
                      "file" : "net/core.yaml",
                      "line" : 14,
                      "column" : 11,
                      "path" : "vpcs.app.route_tables.private.routes[0]"
                    } ],
                    "suppressed" : false,
                    "flow" : [ {
                      "direction" : "there",
                      "object" : "subnet/app/app-a",
                      "text" : "route 10.1.0.0/16 -> tgw/core",
                      "file" : "net/core.yaml",
                      "line" : 14,
                      "column" : 11,
                      "path" : "vpcs.app.route_tables.private.routes[0]",
                      "reason" : null
                    }, {
                      "direction" : "there",
                      "object" : "tgw-rtb/core/default",
                      "text" : "propagated route 10.1.0.0/16 -> tgw-attach/core/data",
                      "file" : null,
                      "line" : null,
                      "column" : null,
                      "path" : null,
                      "reason" : null
                    }, {
                      "direction" : "back",
                      "object" : "subnet/data/db-a",
                      "text" : "no route to 10.0.1.0/24",
                      "file" : "net/core.yaml",
                      "line" : 31,
                      "column" : 7,
                      "path" : "vpcs.data.route_tables.private",
                      "reason" : "NO_ROUTE_TO_DESTINATION"
                    } ]
                  } ],
                  "summary" : {
                    "errors" : 1,
                    "warnings" : 1,
                    "notes" : 0,
                    "suppressed" : 0,
                    "files" : 1
                  }
                }
                """, out);
    }

    @Test
    void twoWritesAreTheSameBytes() throws IOException {
        Report r = new Report("1.2.3", List.of(PathFinding.FILE), List.of(PathFinding.withFlow()));
        assertEquals(json(r), json(r));
    }
}
