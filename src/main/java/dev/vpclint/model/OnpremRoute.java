package dev.vpclint.model;

/** What an on-prem site sends into AWS: a destination over one of its connections. */
public record OnpremRoute(Loc loc, Destination destination, Loc destinationLoc, Ref connection) {
}
