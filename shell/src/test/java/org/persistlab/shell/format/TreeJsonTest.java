package org.persistlab.shell.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeJsonTest {
    @Test
    void keepsInsertionOrderSortsUnorderedMapsAndDropsNonFiniteNumbers() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("z", 1L);
        root.put("a", Map.of("b", 2L, "a", 1.5, "c", Double.NaN));
        root.put("list", List.of(1L, "two", true));
        root.put("none", null);
        assertThat(TreeJson.toJson(root)).isEqualTo("""
                {
                  "z": 1,
                  "a": {
                    "a": 1.5,
                    "b": 2,
                    "c": null
                  },
                  "list": [
                    1,
                    "two",
                    true
                  ],
                  "none": null
                }
                """);
    }

    @Test
    void numbersByPathSkipListsAndKeepNulls() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("seed", 1L);
        root.put("truth", Map.of("failover_ms", Map.of("p50", 3.5, "count", 2L)));
        root.put("series", List.of(1L, 2L));
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("p50", null);
        root.put("empty", empty);
        assertThat(TreePaths.numbers(root)).containsExactly(Map.entry("seed", 1L),
                Map.entry("truth.failover_ms.count", 2L), Map.entry("truth.failover_ms.p50", 3.5),
                new java.util.AbstractMap.SimpleEntry<>("empty.p50", null));
    }
}
