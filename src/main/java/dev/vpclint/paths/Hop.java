package dev.vpclint.paths;

import dev.vpclint.model.Loc;

/**
 * One step of a trace: the object the packet is at (`subnet/app/app-a`, `tgw-rtb/core/spokes`),
 * the VPC it is in (null outside VPCs), what happened there, where that is written (null for an
 * implicit object), and the reason code when the trace stops here.
 */
public record Hop(String object, String vpc, String text, Loc loc, Reason reason) {
}
