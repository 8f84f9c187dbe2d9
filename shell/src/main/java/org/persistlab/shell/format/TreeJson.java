package org.persistlab.shell.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes a report tree (ordered maps, lists, strings, numbers, booleans, null, as the analyzer's and
 * the simulator's {@code toTree()} build them) with {@link JsonWriter}, keeping the tree's order.
 */
public final class TreeJson {
    private TreeJson() {
    }

    public static void write(JsonWriter w, Object node) {
        if (node == null) {
            w.nullValue();
        } else if (node instanceof Map<?, ?> m) {
            w.beginObject();
            for (Map.Entry<?, ?> e : ordered(m)) {
                w.name(String.valueOf(e.getKey()));
                write(w, e.getValue());
            }
            w.endObject();
        } else if (node instanceof Collection<?> c) {
            w.beginArray();
            for (Object o : c) {
                write(w, o);
            }
            w.endArray();
        } else if (node instanceof long[] a) {
            w.beginArray();
            for (long v : a) {
                w.value(v);
            }
            w.endArray();
        } else if (node instanceof double[] a) {
            w.beginArray();
            for (double v : a) {
                w.value(v);
            }
            w.endArray();
        } else if (node instanceof Boolean b) {
            w.value(b);
        } else if (node instanceof Long || node instanceof Integer || node instanceof Short || node instanceof Byte) {
            w.value(((Number) node).longValue());
        } else if (node instanceof Number n) {
            // JSON has no NaN or infinity; an undefined ratio is absent.
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                w.value(d);
            } else {
                w.nullValue();
            }
        } else {
            w.value(node.toString());
        }
    }

    /**
     * A map's entries in its own order when it has one (insertion or sorted), otherwise sorted by
     * key: {@code Map.of} iterates in an order that changes from one JVM to the next, and the output
     * must not.
     */
    static List<Map.Entry<?, ?>> ordered(Map<?, ?> m) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
        if (!(m instanceof LinkedHashMap<?, ?>) && !(m instanceof SortedMap<?, ?>)) {
            entries.sort(Comparator.comparing(e -> String.valueOf(e.getKey())));
        }
        return entries;
    }

    /** The tree as one pretty-printed JSON document with a final newline. */
    public static String toJson(Object tree) {
        StringBuilder sb = new StringBuilder();
        write(new JsonWriter(sb), tree);
        return sb.append('\n').toString();
    }
}
