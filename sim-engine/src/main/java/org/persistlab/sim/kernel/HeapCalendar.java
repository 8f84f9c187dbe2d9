package org.persistlab.sim.kernel;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The kernel's event calendar: a 4-ary min-heap on primitive arrays, keyed by (time, insertion
 * sequence), with O(log n) cancellation through handles.
 *
 * <p>Layout. Every pending event occupies a <em>slot</em>; per slot we keep the handler, the insertion
 * sequence number, the slot's current heap position and a generation counter. The heap itself is two
 * parallel arrays in heap order, {@code times} and {@code slots}, so sifting touches only packed
 * longs and ints; a 4-ary heap halves the depth of a binary one and keeps the four children of a node
 * next to each other in memory. Sequence numbers are read only when two times are equal.
 *
 * <p>Handles. A handle is {@code generation << 32 | slot}. Freeing a slot bumps its generation, so
 * the handles of fired or cancelled events go stale instead of pointing at the slot's next tenant.
 * Generations start at 1 and skip 0 when they wrap, which keeps every handle different from
 * {@link #NO_EVENT}. A stale handle could only be mistaken for a live one after its slot has been
 * reused 2^32 times while the caller still held it.
 *
 * <p>Freed slots are reused last-in first-out, so the slot an event fires from is the one the next
 * scheduled event lands in, which keeps the per-slot arrays warm in the cache. Nothing is allocated
 * per event once the arrays have grown to the peak number of pending events.
 */
public final class HeapCalendar implements EventCalendar {

    private static final int ARITY_SHIFT = 2; // 4 children per node
    private static final int DEFAULT_CAPACITY = 64;

    // Heap order: position -> time and slot.
    private long[] times;
    private int[] slots;

    // Per slot.
    private Event[] handlers;
    private long[] seqs;
    private int[] positions;
    private int[] generations;

    private int[] freeSlots;
    private int freeCount;
    private int slotsInUse; // high-water mark: slots 0..slotsInUse-1 have been handed out at least once
    private int size;
    private long nextSeq;

    public HeapCalendar() {
        this(DEFAULT_CAPACITY);
    }

    /** @param initialCapacity how many pending events fit before the arrays grow */
    public HeapCalendar(int initialCapacity) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException("initial capacity " + initialCapacity + " is below 1");
        }
        times = new long[initialCapacity];
        slots = new int[initialCapacity];
        handlers = new Event[initialCapacity];
        seqs = new long[initialCapacity];
        positions = new int[initialCapacity];
        generations = new int[initialCapacity];
        freeSlots = new int[initialCapacity];
        Arrays.fill(generations, 1);
    }

    @Override
    public long add(long timeNanos, Event event) {
        Objects.requireNonNull(event, "event");
        int slot = takeSlot();
        handlers[slot] = event;
        seqs[slot] = nextSeq++;
        int pos = size++;
        // The new event has the largest sequence number, so among equal times it belongs last: it
        // climbs only past strictly later parents, and no sequence number needs reading.
        long[] t = times;
        int[] s = slots;
        int[] p = positions;
        while (pos > 0) {
            int parent = (pos - 1) >>> ARITY_SHIFT;
            long parentTime = t[parent];
            if (parentTime <= timeNanos) {
                break;
            }
            int parentSlot = s[parent];
            t[pos] = parentTime;
            s[pos] = parentSlot;
            p[parentSlot] = pos;
            pos = parent;
        }
        t[pos] = timeNanos;
        s[pos] = slot;
        p[slot] = pos;
        return ((long) generations[slot] << 32) | slot;
    }

    @Override
    public boolean cancel(long handle) {
        int slot = liveSlot(handle);
        if (slot < 0) {
            return false;
        }
        int pos = positions[slot];
        freeSlot(slot);
        int last = --size;
        if (pos != last) {
            long movedTime = times[last];
            int movedSlot = slots[last];
            if (pos > 0 && before(movedTime, movedSlot, times[(pos - 1) >>> ARITY_SHIFT],
                    slots[(pos - 1) >>> ARITY_SHIFT])) {
                siftUp(pos, movedTime, movedSlot);
            } else {
                siftDown(pos, movedTime, movedSlot);
            }
        }
        return true;
    }

    @Override
    public boolean isPending(long handle) {
        return liveSlot(handle) >= 0;
    }

    @Override
    public long timeOf(long handle) {
        int slot = liveSlot(handle);
        if (slot < 0) {
            throw new IllegalArgumentException("handle " + Long.toHexString(handle) + " is not pending");
        }
        return times[positions[slot]];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public long firstTime() {
        if (size == 0) {
            throw new NoSuchElementException("the calendar is empty");
        }
        return times[0];
    }

    @Override
    public Event removeFirst() {
        if (size == 0) {
            throw new NoSuchElementException("the calendar is empty");
        }
        int slot = slots[0];
        Event event = handlers[slot];
        freeSlot(slot);
        int last = --size;
        if (last > 0) {
            siftDown(0, times[last], slots[last]);
        }
        return event;
    }

    @Override
    public void clear() {
        for (int pos = 0; pos < size; pos++) {
            freeSlot(slots[pos]);
        }
        size = 0;
    }

    /** True when (time a, slot a) fires before (time b, slot b). */
    private boolean before(long timeA, int slotA, long timeB, int slotB) {
        return timeA < timeB || (timeA == timeB && seqs[slotA] < seqs[slotB]);
    }

    private void siftUp(int pos, long time, int slot) {
        while (pos > 0) {
            int parent = (pos - 1) >>> ARITY_SHIFT;
            int parentSlot = slots[parent];
            if (!before(time, slot, times[parent], parentSlot)) {
                break;
            }
            times[pos] = times[parent];
            slots[pos] = parentSlot;
            positions[parentSlot] = pos;
            pos = parent;
        }
        times[pos] = time;
        slots[pos] = slot;
        positions[slot] = pos;
    }

    private void siftDown(int pos, long time, int slot) {
        long[] t = times;
        int[] s = slots;
        int[] p = positions;
        int n = size;
        while (true) {
            int child = (pos << ARITY_SHIFT) + 1;
            if (child >= n) {
                break;
            }
            int end = Math.min(child + 4, n);
            int best = child;
            long bestTime = t[child];
            for (int c = child + 1; c < end; c++) {
                long ct = t[c];
                if (ct < bestTime || (ct == bestTime && seqs[s[c]] < seqs[s[best]])) {
                    best = c;
                    bestTime = ct;
                }
            }
            int bestSlot = s[best];
            if (bestTime > time || (bestTime == time && seqs[bestSlot] > seqs[slot])) {
                break;
            }
            t[pos] = bestTime;
            s[pos] = bestSlot;
            p[bestSlot] = pos;
            pos = best;
        }
        t[pos] = time;
        s[pos] = slot;
        p[slot] = pos;
    }

    /** The slot behind a handle if its event is pending, else -1. */
    private int liveSlot(long handle) {
        int slot = (int) handle;
        if (slot < 0 || slot >= slotsInUse) {
            return -1;
        }
        if (generations[slot] != (int) (handle >>> 32) || handlers[slot] == null) {
            return -1;
        }
        return slot;
    }

    private int takeSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsInUse == handlers.length) {
            grow();
        }
        return slotsInUse++;
    }

    private void freeSlot(int slot) {
        handlers[slot] = null; // also marks the slot free for liveSlot, and lets the handler be collected
        int generation = generations[slot] + 1;
        generations[slot] = generation == 0 ? 1 : generation;
        freeSlots[freeCount++] = slot;
    }

    private void grow() {
        int oldCapacity = handlers.length;
        if (oldCapacity == Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the calendar cannot hold more than " + oldCapacity + " events");
        }
        int capacity = (int) Math.min((long) oldCapacity * 2, Integer.MAX_VALUE - 8);
        times = Arrays.copyOf(times, capacity);
        slots = Arrays.copyOf(slots, capacity);
        handlers = Arrays.copyOf(handlers, capacity);
        seqs = Arrays.copyOf(seqs, capacity);
        positions = Arrays.copyOf(positions, capacity);
        generations = Arrays.copyOf(generations, capacity);
        Arrays.fill(generations, oldCapacity, capacity, 1);
        freeSlots = Arrays.copyOf(freeSlots, capacity);
    }
}
