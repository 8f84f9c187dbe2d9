package org.persistlab.shell.format;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers of a report tree by path ({@code truth.failover_ms.p50}), reached through maps only:
 * lists (series, per-phone rows) are skipped, because they are not single metrics. A null leaf (a
 * percentile of nothing) is kept as null, so two trees line up.
 */
public final class TreePaths {
    private TreePaths() {
    }

    public static Map<String, Number> numbers(Map<?, ?> tree) {
        Map<String, Number> out = new LinkedHashMap<>();
        walk("", tree, out);
        return out;
    }

    private static void walk(String prefix, Map<?, ?> node, Map<String, Number> out) {
        for (Map.Entry<?, ?> e : TreeJson.ordered(node)) {
            String path = prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey();
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                walk(path, m, out);
            } else if (v instanceof Number n) {
                out.put(path, n);
            } else if (v == null) {
                out.put(path, null);
            }
        }
    }
}
