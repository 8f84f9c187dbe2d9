package org.persistlab.shell.run;

import java.util.List;
import java.util.Map;

/** Typed reads from a run report tree by dotted path ({@code truth.failover_ms.p99}); absent is null. */
final class RunTree {
    private final Map<String, Object> root;

    RunTree(Map<String, Object> root) {
        this.root = root;
    }

    Object get(String path) {
        Object node = root;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(key);
        }
        return node;
    }

    Long count(String path) {
        return get(path) instanceof Number n ? n.longValue() : null;
    }

    long count(String path, long fallback) {
        Long v = count(path);
        return v == null ? fallback : v;
    }

    Double number(String path) {
        return get(path) instanceof Number n ? n.doubleValue() : null;
    }

    /** A list of numbers as longs; empty when absent. */
    long[] longs(String path) {
        if (!(get(path) instanceof List<?> list)) {
            return new long[0];
        }
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i) instanceof Number n ? n.longValue() : 0;
        }
        return out;
    }

    /** A list of numbers as doubles; empty when absent. */
    double[] doubles(String path) {
        if (!(get(path) instanceof List<?> list)) {
            return new double[0];
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i) instanceof Number n ? n.doubleValue() : 0;
        }
        return out;
    }
}
