package dev.vpclint.model;

/** An internet, egress-only internet or virtual private gateway attached to a VPC (one of each at most). */
public record Gateway(String name, Loc loc) {
}
