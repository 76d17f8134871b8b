package dev.vpclint.paths;

import dev.vpclint.model.Loc;
import dev.vpclint.model.SecurityGroup;
import dev.vpclint.net.Address;
import java.util.List;

/**
 * What counts as arriving: a host in a subnet (an interface, an endpoint, or a stand-in host when
 * no interface is declared there), an on-prem site, the internet, or an AWS service. `groups` are
 * the security groups that must admit the traffic at a host, null when none are known (then the
 * trace says security groups were not evaluated). `address` is where packets are sent.
 */
public record Goal(Kind kind, String vpc, String subnet, String site, String service, Address address,
                   List<SecurityGroup> groups, boolean publicIp, String object, Loc loc) {
    public enum Kind { HOST, SITE, INTERNET, SERVICE }

    public Goal {
        groups = groups == null ? null : List.copyOf(groups);
    }

    public Goal withAddress(Address a) {
        return new Goal(kind, vpc, subnet, site, service, a, groups, publicIp, object, loc);
    }
}
