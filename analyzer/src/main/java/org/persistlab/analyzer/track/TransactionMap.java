package org.persistlab.analyzer.track;

/**
 * What a {@link TransactionListener} keeps about some transactions, by transaction identity.
 *
 * <p>A listener looks its transactions up on every response and again when each is released,
 * {@code 64*T1} after its last message, when the transaction and its neighbours have long left the
 * CPU caches. This open-addressing table (linear probing, load at most 1/2, deletion by shifting
 * back) keeps each transaction's hash beside it, so a lookup reads only its arrays and the
 * transaction itself: no chain of other entries, no key object, no identity hash.
 *
 * @param <V> what is kept per transaction
 */
public final class TransactionMap<V> {
    private static final int INITIAL_CAPACITY = 16;

    private Transaction[] keys = new Transaction[INITIAL_CAPACITY];
    private Object[] values = new Object[INITIAL_CAPACITY];
    private int[] hashes = new int[INITIAL_CAPACITY];
    private int size;

    /** The value kept for {@code t}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V get(Transaction t) {
        int i = slotOf(t);
        return i < 0 ? null : (V) values[i];
    }

    /** Keeps {@code value} for {@code t}; returns what was kept before, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V put(Transaction t, V value) {
        int i = slotOf(t);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return (V) old;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int h = t.tableHash();
        int mask = keys.length - 1;
        i = h & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = t;
        values[i] = value;
        hashes[i] = h;
        size++;
        return null;
    }

    /** Forgets {@code t}; returns what was kept for it, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V remove(Transaction t) {
        int i = slotOf(t);
        if (i < 0) {
            return null;
        }
        Object old = values[i];
        deleteAt(i);
        return (V) old;
    }

    public int size() {
        return size;
    }

    private int slotOf(Transaction t) {
        if (size == 0) {
            return -1;
        }
        int mask = keys.length - 1;
        for (int i = t.tableHash() & mask; keys[i] != null; i = (i + 1) & mask) {
            if (keys[i] == t) {
                return i;
            }
        }
        return -1;
    }

    /** Empties slot {@code i}, moving back the entries after it that could not sit in their own slot. */
    private void deleteAt(int i) {
        int mask = keys.length - 1;
        int hole = i;
        for (int j = (i + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
            int home = hashes[j] & mask;
            // the entry at j may fill the hole when its home is not in the cyclic range (hole, j]
            boolean homeInRange = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!homeInRange) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hashes[hole] = hashes[j];
                hole = j;
            }
        }
        keys[hole] = null;
        values[hole] = null;
        size--;
    }

    private void grow() {
        Transaction[] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        int capacity = oldKeys.length * 2;
        keys = new Transaction[capacity];
        values = new Object[capacity];
        hashes = new int[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = oldHashes[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
                hashes[i] = oldHashes[j];
            }
        }
    }
}
