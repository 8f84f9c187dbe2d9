package org.persistlab.analyzer.track;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A map that is also its own expiry queue: entries are kept in the order they were last touched, so
 * when every entry's deadline is "last activity + one fixed timeout" the oldest is always at the
 * head, and expiring is a walk from the head that stops at the first live entry. O(1) per touch,
 * no stale queue entries, so memory follows the live objects only.
 */
final class IdleIndex<K, V> {
    private final LinkedHashMap<K, V> map = new LinkedHashMap<>();

    V get(K key) {
        return map.get(key);
    }

    /** Inserts or moves the entry to the tail (most recently active). */
    void touch(K key, V value) {
        map.remove(key);
        map.put(key, value);
    }

    V remove(K key) {
        return map.remove(key);
    }

    int size() {
        return map.size();
    }

    /**
     * Removes and returns, oldest first, the entries at the head whose deadline is before {@code now}.
     * Callers act on the returned list, so their callbacks may touch this index safely.
     */
    List<V> expire(long now, ToLongFunction<V> deadline) {
        List<V> out = null;
        Iterator<Map.Entry<K, V>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            V v = it.next().getValue();
            if (deadline.applyAsLong(v) >= now) {
                break;
            }
            it.remove();
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(v);
        }
        return out == null ? List.of() : out;
    }

    /** Removes and returns every entry, oldest first. */
    List<V> drain() {
        List<V> out = new ArrayList<>(map.values());
        map.clear();
        return out;
    }
}
