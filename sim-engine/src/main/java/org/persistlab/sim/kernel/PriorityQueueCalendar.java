package org.persistlab.sim.kernel;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * The textbook calendar: a {@link PriorityQueue} of (time, sequence, handler) objects, one object per
 * scheduled event. It is the baseline the benchmarks measure {@link HeapCalendar} against, and a
 * second, independently written calendar the kernel tests can run on.
 *
 * <p>Adding and removing the first event are O(log n), as in the JDK class. A handle is the event's
 * sequence number plus one, and {@link #cancel}, {@link #isPending} and {@link #timeOf} search the
 * queue in O(n): {@code PriorityQueue} offers nothing faster without extra bookkeeping, which would
 * no longer be the plain baseline.
 */
public final class PriorityQueueCalendar implements EventCalendar {

    private record Entry(long time, long seq, Event event) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(seq, other.seq);
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long nextSeq;

    @Override
    public long add(long timeNanos, Event event) {
        Objects.requireNonNull(event, "event");
        long seq = nextSeq++;
        queue.add(new Entry(timeNanos, seq, event));
        return seq + 1;
    }

    @Override
    public boolean cancel(long handle) {
        Iterator<Entry> it = queue.iterator();
        while (it.hasNext()) {
            if (it.next().seq() == handle - 1) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isPending(long handle) {
        return find(handle) != null;
    }

    @Override
    public long timeOf(long handle) {
        Entry entry = find(handle);
        if (entry == null) {
            throw new IllegalArgumentException("handle " + Long.toHexString(handle) + " is not pending");
        }
        return entry.time();
    }

    @Override
    public int size() {
        return queue.size();
    }

    @Override
    public long firstTime() {
        Entry first = queue.peek();
        if (first == null) {
            throw new NoSuchElementException("the calendar is empty");
        }
        return first.time();
    }

    @Override
    public Event removeFirst() {
        Entry first = queue.poll();
        if (first == null) {
            throw new NoSuchElementException("the calendar is empty");
        }
        return first.event();
    }

    @Override
    public void clear() {
        queue.clear();
    }

    private Entry find(long handle) {
        for (Entry entry : queue) {
            if (entry.seq() == handle - 1) {
                return entry;
            }
        }
        return null;
    }
}
