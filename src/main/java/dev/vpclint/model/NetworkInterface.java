package dev.vpclint.model;

import java.util.List;

/**
 * A network interface of an appliance used as a route target (`eni/NAME`). `publicIp`: it has a
 * public IPv4 address (auto-assigned or an Elastic IP).
 */
public record NetworkInterface(String name, String vpc, Loc loc, Ref subnet, List<Ref> securityGroups,
                               boolean sourceDestCheck, boolean publicIp) {
    public NetworkInterface {
        securityGroups = List.copyOf(securityGroups);
    }
}
