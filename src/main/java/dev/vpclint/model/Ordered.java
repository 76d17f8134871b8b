package dev.vpclint.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable copies that keep the order names were written in (reports depend on it). */
public final class Ordered {
    private Ordered() {
    }

    /** Only this class makes these views, over maps nobody else holds: copying one again is waste. */
    private static final Class<?> VIEW = Collections.unmodifiableMap(new LinkedHashMap<>()).getClass();

    public static <K, V> Map<K, V> copy(Map<K, V> map) {
        if (map.getClass() == VIEW) return map;
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
