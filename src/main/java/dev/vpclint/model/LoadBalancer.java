package dev.vpclint.model;

import java.util.List;

/** The load balancer behind an endpoint service: a Network LB (interface endpoints) or a Gateway LB. */
public record LoadBalancer(Loc loc, boolean gateway, Loc typeLoc, Boolean internetFacing, Loc schemeLoc, List<Ref> subnets) {
    public LoadBalancer {
        subnets = List.copyOf(subnets);
    }
}
