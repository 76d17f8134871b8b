package dev.vpclint.engine;

import dev.vpclint.model.Loc;

/**
 * One hop of the path a path finding is about, for SARIF code flows and JSON `flow`: which way
 * (`there` or `back`), the object the packet is at (`subnet/app/app-a`), what happened there, where
 * that object is written, and the reason code where the path stops (null elsewhere).
 */
public record FlowStep(String direction, String object, String text, Loc loc, String reason) {
}
