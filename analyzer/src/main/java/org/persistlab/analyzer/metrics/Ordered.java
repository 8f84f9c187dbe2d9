package org.persistlab.analyzer.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable copies that keep their iteration order, for the report's records. */
final class Ordered {
    private Ordered() {
    }

    static <K, V> Map<K, V> copy(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
