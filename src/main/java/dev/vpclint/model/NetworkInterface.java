package dev.vpclint.model;

import java.util.List;

/** A network interface of an appliance used as a route target (`eni/NAME`). */
public record NetworkInterface(String name, String vpc, Loc loc, Ref subnet, List<Ref> securityGroups,
                               boolean sourceDestCheck) {
    public NetworkInterface {
        securityGroups = List.copyOf(securityGroups);
    }
}
