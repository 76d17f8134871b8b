package dev.vpclint.model;

/** A declared flow the path engine checks: `reachable` or `isolated`. */
public record Intent(String name, Loc loc, IntentEnd from, IntentEnd to, boolean expectReachable, Protocol protocol,
                     PortRange ports) {
}
