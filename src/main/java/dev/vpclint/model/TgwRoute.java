package dev.vpclint.model;

/** A static transit-gateway route: to an attachment by name, or a blackhole (`target` null). */
public record TgwRoute(Loc loc, Destination destination, Loc destinationLoc, String target, Loc targetLoc) {
    public boolean isBlackhole() {
        return target == null;
    }
}
