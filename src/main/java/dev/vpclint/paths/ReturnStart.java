package dev.vpclint.paths;

import dev.vpclint.net.Address;
import java.util.List;

/**
 * Where the reply to a delivered packet starts: at the destination host's subnet, at the on-prem
 * site, or (for the internet and AWS services) back into the VPC through the gateway or endpoint the
 * packet left by (`vpc`, `via`). `replyTo` is the source the packet arrived with (a NAT gateway's
 * address when it was translated) and `nats` the translations to undo on the way back, innermost last.
 */
public record ReturnStart(Kind kind, String vpc, String subnet, String site, String via, Address replyTo, List<Translation> nats) {
    public enum Kind { HOST, SITE, INTO_VPC }

    public ReturnStart {
        nats = List.copyOf(nats);
    }
}
