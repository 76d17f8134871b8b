package dev.vpclint.model;

/** A reference by name as written in the topology (resolved against the model after loading). */
public record Ref(String name, Loc loc) {
}
