package org.persistlab.sim.kernel;

import java.util.Arrays;

/**
 * The slots of {@link HeapCalendar}: which handler each pending event has, and the handles that name
 * them. A handle is {@code generation << 32 | slot}; releasing a slot bumps its generation, so the
 * handles of fired or cancelled events go stale instead of pointing at the slot's next tenant.
 * Generations start at 1 and skip 0 when they wrap, which keeps every handle different from
 * {@link EventCalendar#NO_EVENT}; a stale handle could only pass for a live one after its slot had been
 * reused 2^32 times while the caller still held it.
 *
 * <p>Released slots are reused last-in first-out, so the slot an event fires from is the one the next
 * scheduled event lands in, which keeps these arrays warm in the cache.
 */
final class SlotTable {

    private final int maxSlots;
    private Event[] handlers;
    private int[] generations;
    private int[] free;
    private int freeCount;
    private int used; // slots 0..used-1 have been handed out at least once

    SlotTable(int initialCapacity, int maxSlots) {
        this.maxSlots = maxSlots;
        handlers = new Event[initialCapacity];
        generations = new int[initialCapacity];
        free = new int[initialCapacity];
        Arrays.fill(generations, 1);
    }

    /** How many slots exist; a caller with per-slot arrays of its own sizes them to this. */
    int capacity() {
        return handlers.length;
    }

    /** A slot for {@code event}, growing the table (doubling, up to the maximum) when all are taken. */
    int take(Event event) {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            if (used == handlers.length) {
                grow();
            }
            slot = used++;
        }
        handlers[slot] = event;
        return slot;
    }

    /** Frees a slot: its handler is dropped and every handle to it goes stale. */
    void release(int slot) {
        handlers[slot] = null;
        int generation = generations[slot] + 1;
        generations[slot] = generation == 0 ? 1 : generation;
        free[freeCount++] = slot;
    }

    Event handler(int slot) {
        return handlers[slot];
    }

    long handle(int slot) {
        return ((long) generations[slot] << 32) | slot;
    }

    /** The slot a handle names if that slot is still taken by the same event, else -1. */
    int live(long handle) {
        int slot = (int) handle;
        if (slot < 0 || slot >= used || generations[slot] != (int) (handle >>> 32) || handlers[slot] == null) {
            return -1;
        }
        return slot;
    }

    private void grow() {
        int oldCapacity = handlers.length;
        if (oldCapacity >= maxSlots) {
            throw new IllegalStateException("the calendar cannot hold more than " + maxSlots + " pending events");
        }
        int capacity = (int) Math.min((long) oldCapacity * 2, maxSlots);
        handlers = Arrays.copyOf(handlers, capacity);
        generations = Arrays.copyOf(generations, capacity);
        Arrays.fill(generations, oldCapacity, capacity, 1);
        free = Arrays.copyOf(free, capacity);
    }
}
