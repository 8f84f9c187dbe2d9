package org.persistlab.sim.kernel;

/**
 * The future-event list: pending events ordered by time, and by the order they were added among
 * equal times (first in, first out). Every added event gets a {@code long} handle that stays valid
 * for cancelling and querying until the event fires or is cancelled; after that the handle is stale
 * and every query on it answers "not pending". Handles are never {@link #NO_EVENT}.
 *
 * <p>{@link HeapCalendar} is the kernel's calendar; {@link PriorityQueueCalendar} is the
 * {@code java.util.PriorityQueue} baseline the benchmarks compare it with.
 */
public interface EventCalendar {

    /** A handle no event ever has: a model's "no timer armed" value. Cancelling it returns false. */
    long NO_EVENT = 0L;

    /** Adds {@code event} at {@code timeNanos} and returns its handle. */
    long add(long timeNanos, Event event);

    /** Removes the event if it is still pending; false for a fired, cancelled or unknown handle. */
    boolean cancel(long handle);

    /** True while the event behind {@code handle} has neither fired nor been cancelled. */
    boolean isPending(long handle);

    /**
     * The time of a pending event.
     *
     * @throws IllegalArgumentException when the handle is not pending
     */
    long timeOf(long handle);

    int size();

    default boolean isEmpty() {
        return size() == 0;
    }

    /**
     * The earliest pending time.
     *
     * @throws java.util.NoSuchElementException when the calendar is empty
     */
    long firstTime();

    /**
     * Removes the earliest event (the first added among equal times) and returns its handler; its
     * handle becomes stale.
     *
     * @throws java.util.NoSuchElementException when the calendar is empty
     */
    Event removeFirst();

    /** Drops every pending event; all their handles become stale. */
    void clear();
}
