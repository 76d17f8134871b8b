package dev.vpclint.model;

import java.util.List;

/**
 * A declared flow the path engine checks: `reachable` or `isolated`. `through` lists the objects a
 * reachable flow's working path must cross, in no particular order (empty when not written).
 */
public record Intent(String name, Loc loc, IntentEnd from, IntentEnd to, boolean expectReachable, Protocol protocol,
                     PortRange ports, List<PathRef> through) {
    public Intent {
        through = List.copyOf(through);
    }
}
