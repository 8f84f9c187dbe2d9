package org.persistlab.analyzer.track;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A map that is also its own expiry queue: each entry sits in one of a few lanes, and in its lane
 * in the order it was last touched, so when every entry's deadline is "last activity + the lane's
 * fixed timeout" the oldest of a lane is always at its head, and expiring is a walk from the head
 * that stops at the first live entry. No stale queue entries, so memory follows the live objects.
 *
 * <p>Cost per message matters here: every message touches entries of several indexes, and an entry
 * is released long after it was last used, when it and everything around it has left the CPU
 * caches. So a lane is a doubly linked list through the entries themselves ({@link Entry}): moving an
 * entry is a few pointer moves without any lookup. And the map is an open-addressing table (linear
 * probing) holding each entry's hash beside it: a lookup reads the two arrays and, on a matching
 * hash only, the entry; releasing an entry never reads another entry (a chained map would visit the
 * long-cold entries of its bucket). Expiring allocates nothing.
 *
 * @param <K> the key, which the entry knows
 * @param <V> the entry
 */
final class IdleIndex<K, V extends IdleIndex.Entry<K>> {
    private static final int INITIAL_CAPACITY = 16;

    /** What an index holds: an object that knows its key and carries its own lane links. */
    abstract static class Entry<K> {
        private Entry<K> prev;
        private Entry<K> next;
        private int lane = -1;
        private int hash;

        abstract K key();

        /** The lane the entry is in, -1 when it is in no index. */
        final int lane() {
            return lane;
        }
    }

    private Entry<K>[] slots = newSlots(INITIAL_CAPACITY);
    private int[] hashes = new int[INITIAL_CAPACITY];
    private int size;
    private final Entry<K>[] heads;
    private final Entry<K>[] tails;

    /** An index with one lane. */
    IdleIndex() {
        this(1);
    }

    IdleIndex(int lanes) {
        heads = newSlots(lanes);
        tails = newSlots(lanes);
    }

    @SuppressWarnings("unchecked")
    private static <K> Entry<K>[] newSlots(int n) {
        return new Entry[n];
    }

    @SuppressWarnings("unchecked")
    V get(K key) {
        if (size == 0) {
            return null;
        }
        int i = find(key, hashOf(key));
        return i < 0 ? null : (V) slots[i];
    }

    /** Inserts or moves the entry to the tail (most recently active) of lane 0. */
    void touch(V entry) {
        touch(entry, 0);
    }

    /**
     * Inserts or moves the entry to the tail (most recently active) of {@code lane}, leaving its old
     * lane. An entry inserted under the key of another one replaces it.
     */
    void touch(V entry, int lane) {
        Entry<K> e = entry;
        if (e.lane < 0) {
            insert(e);
        } else if (e.lane == lane && e == tails[lane]) {
            return;
        } else {
            unlink(e);
        }
        link(e, lane);
    }

    @SuppressWarnings("unchecked")
    V remove(K key) {
        if (size == 0) {
            return null;
        }
        int i = find(key, hashOf(key));
        if (i < 0) {
            return null;
        }
        Entry<K> e = slots[i];
        deleteAt(i);
        unlink(e);
        return (V) e;
    }

    int size() {
        return size;
    }

    /**
     * Removes and returns the oldest entry of {@code lane} when its deadline is before {@code now};
     * {@code null} when there is none. Call it until it returns {@code null} to expire a lane, oldest
     * first; what the caller does with an entry may touch this index.
     */
    V pollExpired(int lane, long now, ToLongFunction<V> deadline) {
        @SuppressWarnings("unchecked")
        V head = (V) heads[lane];
        if (head == null || deadline.applyAsLong(head) >= now) {
            return null;
        }
        release(head);
        return head;
    }

    /** {@link #pollExpired(int, long, ToLongFunction)} on lane 0. */
    V pollExpired(long now, ToLongFunction<V> deadline) {
        return pollExpired(0, now, deadline);
    }

    /** Removes and returns every entry of {@code lane}, oldest first. */
    @SuppressWarnings("unchecked")
    List<V> drain(int lane) {
        List<V> out = new ArrayList<>();
        while (heads[lane] != null) {
            V head = (V) heads[lane];
            release(head);
            out.add(head);
        }
        return out;
    }

    /** Removes and returns every entry of lane 0, oldest first. */
    List<V> drain() {
        return drain(0);
    }

    // ---- the table: linear probing, load at most 1/2, deletion by shifting back ----

    private static int hashOf(Object key) {
        int h = key.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The slot holding {@code key}, or -1. */
    private int find(K key, int h) {
        int mask = slots.length - 1;
        for (int i = h & mask; slots[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h) {
                K k = slots[i].key();
                if (k == key || key.equals(k)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void insert(Entry<K> e) {
        K key = e.key();
        int h = hashOf(key);
        int i = size == 0 ? -1 : find(key, h);
        if (i >= 0) {
            Entry<K> replaced = slots[i];
            unlink(replaced);
        } else {
            if (2 * (size + 1) > slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            i = h & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            size++;
        }
        e.hash = h;
        slots[i] = e;
        hashes[i] = h;
    }

    /** Takes an entry held by this index out of it. */
    void release(Entry<K> e) {
        int mask = slots.length - 1;
        int i = e.hash & mask;
        while (slots[i] != e) {
            i = (i + 1) & mask;
        }
        deleteAt(i);
        unlink(e);
    }

    /** Empties slot {@code i}, moving back the entries after it that could not sit in their own slot. */
    private void deleteAt(int i) {
        int mask = slots.length - 1;
        int hole = i;
        for (int j = (i + 1) & mask; slots[j] != null; j = (j + 1) & mask) {
            int home = hashes[j] & mask;
            // the entry at j may fill the hole when its home is not in the cyclic range (hole, j]
            boolean homeInRange = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!homeInRange) {
                slots[hole] = slots[j];
                hashes[hole] = hashes[j];
                hole = j;
            }
        }
        slots[hole] = null;
        size--;
    }

    private void grow() {
        Entry<K>[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = newSlots(oldSlots.length * 2);
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != null) {
                int i = oldHashes[j] & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    // ---- the lanes ----

    private void link(Entry<K> e, int lane) {
        e.lane = lane;
        e.next = null;
        e.prev = tails[lane];
        if (tails[lane] == null) {
            heads[lane] = e;
        } else {
            tails[lane].next = e;
        }
        tails[lane] = e;
    }

    private void unlink(Entry<K> e) {
        int lane = e.lane;
        if (e.prev == null) {
            heads[lane] = e.next;
        } else {
            e.prev.next = e.next;
        }
        if (e.next == null) {
            tails[lane] = e.prev;
        } else {
            e.next.prev = e.prev;
        }
        e.prev = null;
        e.next = null;
        e.lane = -1;
    }
}
