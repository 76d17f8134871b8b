package dev.vpclint.paths;

import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.PortRange;
import dev.vpclint.model.Protocol;

/** A flow to trace: from one end to another, with a protocol and destination ports. */
public record Flow(IntentEnd from, IntentEnd to, Protocol protocol, PortRange ports) {
    @Override
    public String toString() {
        return from + " -> " + to + " (" + protocol.word() + (ports.isAll() ? "" : " " + ports) + ")";
    }
}
