package dev.vpclint.model;

import java.util.List;

/** A customer-managed prefix list (`pl/NAME`). */
public record PrefixList(String name, Loc loc, List<LocatedCidr> cidrs) {
    public PrefixList {
        cidrs = List.copyOf(cidrs);
    }
}
