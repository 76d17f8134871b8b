package dev.vpclint.paths;

import dev.vpclint.model.Loc;
import dev.vpclint.model.SecurityGroup;
import dev.vpclint.net.Address;
import java.util.List;

/**
 * Where a flow starts: a host in a subnet (with its security groups, null when none are known and
 * whether it has a public IPv4 address), an on-prem site, or the internet.
 */
public record Source(Kind kind, String vpc, String subnet, String site, Address address, List<SecurityGroup> groups,
                     boolean publicIp, String object, Loc loc) {
    public enum Kind { HOST, SITE, INTERNET }

    public Source {
        groups = groups == null ? null : List.copyOf(groups);
    }

    public Source withAddress(Address a) {
        return new Source(kind, vpc, subnet, site, a, groups, publicIp, object, loc);
    }

    /** The same place as a goal: an end that receives a flow, or the source as the goal of the reply (whose groups a reply never asks). */
    Goal asGoal() {
        Goal.Kind k = switch (kind) {
            case HOST -> Goal.Kind.HOST;
            case SITE -> Goal.Kind.SITE;
            case INTERNET -> Goal.Kind.INTERNET;
        };
        return new Goal(k, vpc, subnet, site, null, address, groups, publicIp, object, loc);
    }
}
