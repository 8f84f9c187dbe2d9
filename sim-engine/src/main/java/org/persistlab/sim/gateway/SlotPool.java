package org.persistlab.sim.gateway;

/**
 * A fixed set of int slots handed out and taken back (the last one returned is reused first, the same
 * way every run). Each
 * bounded table of the core (server transactions, proxied transactions, calls) owns one; a slot plus
 * the table's base is the table entry's timer handle in the {@link DeadlineHeap}.
 */
final class SlotPool {
    private final int[] free;
    private int top;

    SlotPool(int capacity) {
        free = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            free[i] = capacity - 1 - i;
        }
        top = capacity;
    }

    /** A free slot, or -1 when every slot is taken. */
    int take() {
        return top == 0 ? -1 : free[--top];
    }

    void give(int slot) {
        free[top++] = slot;
    }

    int inUse() {
        return free.length - top;
    }

    int capacity() {
        return free.length;
    }
}
