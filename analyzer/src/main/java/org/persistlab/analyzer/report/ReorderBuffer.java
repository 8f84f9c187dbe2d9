package org.persistlab.analyzer.report;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.WireEvent;

/**
 * Puts events back into capture-time order when they arrive a little out of it (several capture
 * points, duplicated packets, reassembly): an event is held until an event at least {@code window}
 * nanoseconds newer has arrived, then released in (time, arrival) order. Memory is the number of
 * events within one window. With a window of 0 events pass straight through.
 *
 * <p>Most events arrive in order: those go to a FIFO queue, which stays sorted; only an event older
 * than the newest queued one goes to a heap. The next to release is the smaller of the two heads.
 */
final class ReorderBuffer {
    /** Where released events go. */
    interface Sink {
        void wire(WireEvent e);

        void encrypted(long timeNanos, Endpoint src, Endpoint dst);
    }

    private record Item(long time, long seq, WireEvent event, Endpoint src, Endpoint dst) {
    }

    private static final Comparator<Item> ORDER = (a, b) -> a.time != b.time
            ? Long.compare(a.time, b.time) : Long.compare(a.seq, b.seq);

    private final long window;
    private final Sink sink;
    private final ArrayDeque<Item> inOrder = new ArrayDeque<>();
    private final PriorityQueue<Item> late = new PriorityQueue<>(ORDER);
    private long seq;
    private long newest = Long.MIN_VALUE;

    ReorderBuffer(long windowNanos, Sink sink) {
        this.window = windowNanos;
        this.sink = sink;
    }

    void wire(WireEvent e) {
        add(new Item(e.timeNanos(), seq++, e, null, null));
    }

    void encrypted(long timeNanos, Endpoint src, Endpoint dst) {
        add(new Item(timeNanos, seq++, null, src, dst));
    }

    private void add(Item item) {
        if (window == 0) {
            deliver(item);
            return;
        }
        Item last = inOrder.peekLast();
        if (last == null || item.time >= last.time) {
            inOrder.addLast(item);
        } else {
            late.add(item);
        }
        newest = Math.max(newest, item.time);
        Item next;
        while ((next = first()) != null && next.time <= newest - window) {
            deliver(take(next));
        }
    }

    /** The first held event in (time, arrival) order, left in place; {@code null} when none is held. */
    private Item first() {
        Item a = inOrder.peekFirst();
        Item b = late.peek();
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return ORDER.compare(a, b) <= 0 ? a : b;
    }

    private Item take(Item head) {
        return head == inOrder.peekFirst() ? inOrder.pollFirst() : late.poll();
    }

    /** Releases everything held, in order. */
    void flush() {
        Item next;
        while ((next = first()) != null) {
            deliver(take(next));
        }
    }

    int held() {
        return inOrder.size() + late.size();
    }

    private void deliver(Item i) {
        if (i.event != null) {
            sink.wire(i.event);
        } else {
            sink.encrypted(i.time, i.src, i.dst);
        }
    }
}
