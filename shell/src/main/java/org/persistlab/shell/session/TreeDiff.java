package org.persistlab.shell.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.persistlab.shell.format.Numbers;
import org.persistlab.shell.format.TreePaths;

/**
 * The numbers of two report trees side by side. Every number reachable through maps only is a
 * metric, named by its path ({@code truth.failover_ms.p50}); lists (series, per-phone tables) are
 * left out, because a side-by-side line of two series says nothing.
 */
final class TreeDiff {
    /** One metric on both sides; a side is {@code null} when absent there. */
    record Row(String path, Number a, Number b) {
        boolean differs() {
            if (a == null || b == null) {
                return a != b;
            }
            return Double.compare(a.doubleValue(), b.doubleValue()) != 0;
        }
    }

    private TreeDiff() {
    }

    static List<Row> compare(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Number> left = TreePaths.numbers(a);
        Map<String, Number> right = TreePaths.numbers(b);
        List<Row> rows = new ArrayList<>();
        left.forEach((path, v) -> rows.add(new Row(path, v, right.get(path))));
        right.forEach((path, v) -> {
            if (!left.containsKey(path)) {
                rows.add(new Row(path, null, v));
            }
        });
        return rows;
    }

    /** The change from a to b: {@code +12 (+4.5%)}, {@code -0.25}, {@code =}. */
    static String change(Number a, Number b) {
        if (a == null || b == null) {
            return a == b ? "=" : "n/a";
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        if (Double.compare(x, y) == 0) {
            return "=";
        }
        double d = y - x;
        boolean whole = (a instanceof Long || a instanceof Integer) && (b instanceof Long || b instanceof Integer);
        String abs = (d > 0 ? "+" : "") + (whole ? Long.toString(b.longValue() - a.longValue())
                : Numbers.decimal(d, 3));
        if (x == 0) {
            return abs;
        }
        return abs + " (" + (d > 0 ? "+" : "") + Numbers.decimal(d / Math.abs(x) * 100, 1)
                + "%)";
    }
}
