package org.persistlab.sim.gateway;

import java.util.Arrays;

/**
 * The gateway core's own timer table: an indexed binary min-heap on primitive arrays, keyed by
 * (time, insertion sequence) so equal deadlines fire first-in first-out. Every timer is an int
 * handle in {@code [0, capacity)} owned by one table of the core (a binding, a transaction, a call,
 * the REGISTER queue). A handle holds at most one deadline: scheduling it again moves it, so there
 * are never stale entries and the heap can never hold more than {@code capacity} deadlines, however
 * many REGISTERs a flood brings.
 */
final class DeadlineHeap {
    private static final int ABSENT = -1;

    private final long[] times;
    private final long[] seqs;
    private final int[] handles;
    /** Where each handle sits in the heap arrays, or {@link #ABSENT}. */
    private final int[] position;
    private int size;
    private long nextSeq;

    DeadlineHeap(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        times = new long[capacity];
        seqs = new long[capacity];
        handles = new int[capacity];
        position = new int[capacity];
        Arrays.fill(position, ABSENT);
    }

    int size() {
        return size;
    }

    int capacity() {
        return position.length;
    }

    boolean isScheduled(int handle) {
        return position[handle] != ABSENT;
    }

    /** When the handle fires, or {@link Long#MAX_VALUE} when it is not scheduled. */
    long deadlineOf(int handle) {
        int p = position[handle];
        return p == ABSENT ? Long.MAX_VALUE : times[p];
    }

    /** Arms the handle at {@code at}, replacing any deadline it had (it then fires after equal-time peers). */
    void schedule(int handle, long at) {
        int p = position[handle];
        if (p == ABSENT) {
            p = size++;
            handles[p] = handle;
            position[handle] = p;
        }
        times[p] = at;
        seqs[p] = nextSeq++;
        if (!siftUp(p)) {
            siftDown(p);
        }
    }

    /** Disarms the handle; returns false when it was not armed. */
    boolean cancel(int handle) {
        int p = position[handle];
        if (p == ABSENT) {
            return false;
        }
        removeAt(p);
        return true;
    }

    /** The earliest deadline, or {@link Long#MAX_VALUE} when none is armed. */
    long peekTime() {
        return size == 0 ? Long.MAX_VALUE : times[0];
    }

    /** Removes the earliest deadline and returns its handle; the heap must not be empty. */
    int pop() {
        if (size == 0) {
            throw new IllegalStateException("no deadline is armed");
        }
        int h = handles[0];
        removeAt(0);
        return h;
    }

    private void removeAt(int p) {
        int gone = handles[p];
        position[gone] = ABSENT;
        int last = --size;
        if (p == last) {
            return;
        }
        move(last, p);
        if (!siftUp(p)) {
            siftDown(p);
        }
    }

    private boolean less(int a, int b) {
        return times[a] < times[b] || (times[a] == times[b] && seqs[a] < seqs[b]);
    }

    private boolean siftUp(int p) {
        int start = p;
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            if (!less(p, parent)) {
                break;
            }
            swap(p, parent);
            p = parent;
        }
        return p != start;
    }

    private void siftDown(int p) {
        while (true) {
            int l = 2 * p + 1;
            if (l >= size) {
                return;
            }
            int r = l + 1;
            int m = r < size && less(r, l) ? r : l;
            if (!less(m, p)) {
                return;
            }
            swap(p, m);
            p = m;
        }
    }

    private void move(int from, int to) {
        times[to] = times[from];
        seqs[to] = seqs[from];
        handles[to] = handles[from];
        position[handles[to]] = to;
    }

    private void swap(int a, int b) {
        long t = times[a];
        times[a] = times[b];
        times[b] = t;
        long s = seqs[a];
        seqs[a] = seqs[b];
        seqs[b] = s;
        int h = handles[a];
        handles[a] = handles[b];
        handles[b] = h;
        position[handles[a]] = a;
        position[handles[b]] = b;
    }
}
