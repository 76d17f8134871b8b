package dev.vpclint.model;

/** A CIDR and where it is written (a `cidrs` item, a `cidr` field). */
public record LocatedCidr(Cidr cidr, Loc loc) {
}
