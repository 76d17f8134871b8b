package dev.vpclint.model;

/** One route of a VPC route table, with where its destination and target are written. */
public record Route(Loc loc, Destination destination, Loc destinationLoc, RouteTarget target, Loc targetLoc) {
}
