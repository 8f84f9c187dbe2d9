package org.persistlab.sim.kernel;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The kernel's event calendar: a 4-ary min-heap on primitive arrays, keyed by (time, insertion
 * sequence), with O(log n) cancellation through handles.
 *
 * <p>Layout. The heap is one {@code long[]} of (time, tag) pairs, where the tag packs the insertion
 * sequence number above the event's <em>slot</em> ({@code seq << 28 | slot}). Comparing tags therefore
 * compares sequence numbers, and a node's four children, with everything needed to order and move
 * them, sit in 64 consecutive bytes. Per slot we keep the handler and a generation (in
 * {@link SlotTable}) and the slot's heap position, written on every move so cancellation can find the
 * entry.
 *
 * <p>Ordering. Equal times are rare, so the sift loop picks the smallest child by time alone, in a
 * branch-free form, and notes whether any two times were equal; only then does it compare tags. A new
 * event always has the largest sequence number, so it climbs the heap on times alone.
 *
 * <p>Handles and slots are kept by {@link SlotTable}: a handle is {@code generation << 32 | slot}, and a
 * fired or cancelled event's handle goes stale.
 *
 * <p>Limits. At most 2^28 (268 million) events can be pending at once. Sequence numbers have 35 bits;
 * when they run out (after 34 billion schedulings) the pending events are renumbered in order, which
 * keeps first-in first-out exact for ever at a cost of one sort per 34 billion events.
 *
 * <p>Hold. A simulation almost always schedules an event right after it removed one. So
 * {@link #removeFirst()} leaves a hole at the root, and a following {@link #add} drops the new event
 * into it and sifts it down: one pass through the heap where a plain heap needs two (close the hole
 * with the last entry, then sift the new entry up). Any other operation closes the hole first, so
 * this is invisible from outside.
 *
 * <p>Nothing is allocated per event once the arrays have grown to the peak number of pending events.
 */
public final class HeapCalendar implements EventCalendar {

    static final int SLOT_BITS = 28;
    static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    static final int MAX_EVENTS = 1 << SLOT_BITS;
    /** Tags stay non-negative: sequence numbers below 2^(63 - 28). */
    static final long SEQ_LIMIT = 1L << (63 - SLOT_BITS);
    private static final int DEFAULT_CAPACITY = 64;
    /**
     * Heap position p lives at heap[2p + TIME] and heap[2p + TAG]. The offset of two entries puts each
     * group of four siblings (positions 4p + 1 to 4p + 4) on one 64-byte cache line whenever the array
     * itself starts on one, as large arrays do under G1 (they get regions of their own): the 16-byte
     * array header plus 2 entries of 16 bytes is 48 bytes, and 48 + 16 (4p + 1) = 64 (p + 1).
     */
    private static final int TIME = 4;
    private static final int TAG = 5;

    /** heap[2p + TIME] = time and heap[2p + TAG] = tag of the entry at heap position p. */
    private long[] heap;

    private final SlotTable slots;
    /** Per slot: the heap position of its entry, written on every move so cancel can find it. */
    private int[] positions;
    private int size; // heap positions in use, the root hole included
    private long nextSeq;
    /** removeFirst handed out the root's event; position 0 is a hole until the next operation. */
    private boolean rootTaken;

    public HeapCalendar() {
        this(DEFAULT_CAPACITY);
    }

    /** @param initialCapacity how many pending events fit before the arrays grow */
    public HeapCalendar(int initialCapacity) {
        this(initialCapacity, 0);
    }

    /** For tests: a calendar whose sequence numbers start at {@code firstSeq}, close to the renumbering point. */
    HeapCalendar(int initialCapacity, long firstSeq) {
        if (initialCapacity < 1 || initialCapacity > MAX_EVENTS) {
            throw new IllegalArgumentException("initial capacity " + initialCapacity + " is outside 1 to " + MAX_EVENTS);
        }
        heap = new long[2 * initialCapacity + TIME];
        slots = new SlotTable(initialCapacity, MAX_EVENTS);
        positions = new int[initialCapacity];
        nextSeq = firstSeq;
    }

    @Override
    public long add(long timeNanos, Event event) {
        Objects.requireNonNull(event, "event");
        int slot = slots.take(event);
        if (slot == positions.length) {
            growHeap(slots.capacity());
        }
        if (nextSeq == SEQ_LIMIT) {
            closeRoot();
            renumber();
        }
        long tag = (nextSeq++ << SLOT_BITS) | slot;
        long handle = slots.handle(slot);
        if (rootTaken) {
            // The event just removed left a hole at the root: fill it with this one and sift down once,
            // instead of closing the hole with the last entry and then sifting this one up.
            rootTaken = false;
            siftDown(0, timeNanos, tag);
            return handle;
        }
        long[] h = heap;
        int[] p = positions;
        int pos = size++;
        // The new tag is the largest, so among equal times the new event belongs last: it climbs only
        // past strictly later parents.
        while (pos > 0) {
            int parent = (pos - 1) >>> 2;
            long parentTime = h[2 * parent + TIME];
            if (parentTime <= timeNanos) {
                break;
            }
            long parentTag = h[2 * parent + TAG];
            h[2 * pos + TIME] = parentTime;
            h[2 * pos + TAG] = parentTag;
            p[(int) (parentTag & SLOT_MASK)] = pos;
            pos = parent;
        }
        h[2 * pos + TIME] = timeNanos;
        h[2 * pos + TAG] = tag;
        p[slot] = pos;
        return handle;
    }

    @Override
    public boolean cancel(long handle) {
        int slot = slots.live(handle);
        if (slot < 0) {
            return false;
        }
        closeRoot();
        int pos = positions[slot];
        slots.release(slot);
        int last = --size;
        if (pos != last) {
            long movedTime = heap[2 * last + TIME];
            long movedTag = heap[2 * last + TAG];
            int parent = (pos - 1) >>> 2;
            if (pos > 0 && before(movedTime, movedTag, heap[2 * parent + TIME], heap[2 * parent + TAG])) {
                siftUp(pos, movedTime, movedTag);
            } else {
                siftDown(pos, movedTime, movedTag);
            }
        }
        return true;
    }

    @Override
    public boolean isPending(long handle) {
        return slots.live(handle) >= 0;
    }

    @Override
    public long timeOf(long handle) {
        int slot = slots.live(handle);
        if (slot < 0) {
            throw new IllegalArgumentException("handle " + Long.toHexString(handle) + " is not pending");
        }
        return heap[2 * positions[slot] + TIME];
    }

    @Override
    public int size() {
        return rootTaken ? size - 1 : size;
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public long firstTime() {
        closeRoot();
        if (size == 0) {
            throw new NoSuchElementException("the calendar is empty");
        }
        return heap[TIME];
    }

    @Override
    public Event removeFirst() {
        closeRoot();
        if (size == 0) {
            throw new NoSuchElementException("the calendar is empty");
        }
        int slot = (int) (heap[TAG] & SLOT_MASK);
        Event event = slots.handler(slot);
        slots.release(slot);
        rootTaken = true; // the next add fills the hole, anything else closes it
        return event;
    }

    @Override
    public void clear() {
        for (int pos = rootTaken ? 1 : 0; pos < size; pos++) {
            slots.release((int) (heap[2 * pos + TAG] & SLOT_MASK));
        }
        size = 0;
        rootTaken = false;
    }

    /** Closes the hole {@link #removeFirst()} left at the root, with the last entry, as a plain heap does. */
    private void closeRoot() {
        if (rootTaken) {
            rootTaken = false;
            int last = --size;
            if (last > 0) {
                siftDown(0, heap[2 * last + TIME], heap[2 * last + TAG]);
            }
        }
    }

    /** True when (time a, tag a) fires before (time b, tag b). */
    private static boolean before(long timeA, long tagA, long timeB, long tagB) {
        return timeA < timeB || (timeA == timeB && tagA < tagB);
    }

    private void siftUp(int pos, long time, long tag) {
        long[] h = heap;
        while (pos > 0) {
            int parent = (pos - 1) >>> 2;
            long parentTime = h[2 * parent + TIME];
            long parentTag = h[2 * parent + TAG];
            if (!before(time, tag, parentTime, parentTag)) {
                break;
            }
            h[2 * pos + TIME] = parentTime;
            h[2 * pos + TAG] = parentTag;
            positions[(int) (parentTag & SLOT_MASK)] = pos;
            pos = parent;
        }
        h[2 * pos + TIME] = time;
        h[2 * pos + TAG] = tag;
        positions[(int) (tag & SLOT_MASK)] = pos;
    }

    private void siftDown(int pos, long time, long tag) {
        long[] h = heap;
        int[] p = positions;
        int n = size;
        while (true) {
            int child = (pos << 2) + 1;
            if (child >= n) {
                break;
            }
            int best;
            long bestTime;
            if (child + 3 < n) {
                // Smallest of four times, written so that the JIT can use conditional moves: the
                // comparisons are unpredictable, a branch would be mispredicted half the time.
                best = child;
                bestTime = h[2 * child + TIME];
                boolean tie = false;
                for (int c = child + 1; c < child + 4; c++) {
                    long t = h[2 * c + TIME];
                    tie |= t == bestTime;
                    if (t < bestTime) {
                        best = c;
                        bestTime = t;
                    }
                }
                if (tie) {
                    best = smallest(child, child + 4);
                }
            } else {
                best = smallest(child, n);
                bestTime = h[2 * best + TIME];
            }
            long bestTag = h[2 * best + TAG];
            if (bestTime > time || (bestTime == time && bestTag > tag)) {
                break;
            }
            h[2 * pos + TIME] = bestTime;
            h[2 * pos + TAG] = bestTag;
            p[(int) (bestTag & SLOT_MASK)] = pos;
            pos = best;
        }
        h[2 * pos + TIME] = time;
        h[2 * pos + TAG] = tag;
        p[(int) (tag & SLOT_MASK)] = pos;
    }

    /** The position in [from, to) holding the earliest (time, tag). */
    private int smallest(int from, int to) {
        long[] h = heap;
        int best = from;
        for (int c = from + 1; c < to; c++) {
            if (before(h[2 * c + TIME], h[2 * c + TAG], h[2 * best + TIME], h[2 * best + TAG])) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Gives the pending events the sequence numbers 0 to size - 1 in their current order, so that the
     * counter can continue; order, and so the heap, stays exactly as it was.
     */
    private void renumber() {
        long[] tags = new long[size];
        for (int pos = 0; pos < size; pos++) {
            tags[pos] = heap[2 * pos + TAG];
        }
        Arrays.sort(tags);
        for (int pos = 0; pos < size; pos++) {
            long tag = heap[2 * pos + TAG];
            long rank = Arrays.binarySearch(tags, tag);
            heap[2 * pos + TAG] = (rank << SLOT_BITS) | (tag & SLOT_MASK);
        }
        nextSeq = size;
    }

    private void growHeap(int capacity) {
        heap = Arrays.copyOf(heap, 2 * capacity + TIME);
        positions = Arrays.copyOf(positions, capacity);
    }
}
