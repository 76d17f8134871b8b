package dev.vpclint.paths;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hops walked so far, shared between branches (equal-cost routes fork a walk) as a linked list
 * that is only ever extended. `key` marks a forwarding decision (a table and a destination) so a
 * walk that comes back to one is a loop.
 */
record Trail(Hop hop, Object key, Trail previous) {
    static final Trail START = new Trail(null, null, null);

    Trail then(Hop h, Object decisionKey) {
        return new Trail(h, decisionKey, this);
    }

    boolean visited(Object decisionKey) {
        for (Trail t = this; t != null; t = t.previous) {
            if (decisionKey.equals(t.key)) return true;
        }
        return false;
    }

    /** A forwarding decision: a table (or site), the AZ the packet is in, and its destination. */
    record Key(String table, String az, Object dst) {
    }

    List<Hop> hops() {
        List<Hop> out = new ArrayList<>();
        for (Trail t = this; t != null && t.hop != null; t = t.previous) out.add(t.hop);
        Collections.reverse(out);
        return out;
    }
}
