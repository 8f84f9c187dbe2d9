package org.persistlab.analyzer.report;

import java.util.PriorityQueue;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.WireEvent;

/**
 * Puts events back into capture-time order when they arrive a little out of it (several capture
 * points, duplicated packets, reassembly): an event is held until an event at least {@code window}
 * nanoseconds newer has arrived, then released in (time, arrival) order. Memory is the number of
 * events within one window. With a window of 0 events pass straight through.
 */
final class ReorderBuffer {
    /** Where released events go. */
    interface Sink {
        void wire(WireEvent e);

        void encrypted(long timeNanos, Endpoint src, Endpoint dst);
    }

    private record Item(long time, long seq, WireEvent event, Endpoint src, Endpoint dst) {
    }

    private final long window;
    private final Sink sink;
    private final PriorityQueue<Item> heap = new PriorityQueue<>((a, b) -> a.time != b.time
            ? Long.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
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
        heap.add(item);
        newest = Math.max(newest, item.time);
        while (!heap.isEmpty() && heap.peek().time <= newest - window) {
            deliver(heap.poll());
        }
    }

    /** Releases everything held, in order. */
    void flush() {
        while (!heap.isEmpty()) {
            deliver(heap.poll());
        }
    }

    int held() {
        return heap.size();
    }

    private void deliver(Item i) {
        if (i.event != null) {
            sink.wire(i.event);
        } else {
            sink.encrypted(i.time, i.src, i.dst);
        }
    }
}
