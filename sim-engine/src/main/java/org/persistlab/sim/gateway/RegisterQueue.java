package org.persistlab.sim.gateway;

import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * The IP500 V2's REGISTER service as a single FIFO server (domain.md §6 {@code ipo.regServiceRate}:
 * a calibrated parameter): each REGISTER takes the service time, plus the TLS handshake time when it
 * is the first on a new TLS connection, and is answered when its service ends. With K REGISTERs
 * arriving at once the i-th is answered at i times the service time. At most {@code capacity} wait
 * or are in service; the caller answers the next one 503 at once. The timer handle fires when the
 * request at the head finishes service.
 */
final class RegisterQueue {
    private final WireEvent[] events;
    private final ServerTransactions.Tx[] txs;
    private final long serviceNanos;
    private final long tlsHandshakeNanos;
    private final TlsConnections tls;
    private final DeadlineHeap timers;
    private final int handle;
    private int head;
    private int size;

    RegisterQueue(int capacity, long serviceNanos, long tlsHandshakeNanos, TlsConnections tls, DeadlineHeap timers,
                  int handle) {
        this.events = new WireEvent[capacity];
        this.txs = new ServerTransactions.Tx[capacity];
        this.serviceNanos = serviceNanos;
        this.tlsHandshakeNanos = tlsHandshakeNanos;
        this.tls = tls;
        this.timers = timers;
        this.handle = handle;
    }

    /** True when this REGISTER can be served on arrival: nothing is waiting and it costs no time. */
    boolean servesAtOnce(WireEvent e) {
        return size == 0 && costOf(e) == 0;
    }

    /** Records that a REGISTER was served without waiting (its TLS connection is now established). */
    void servedAtOnce(WireEvent e) {
        markServed(e);
    }

    /** Queues a REGISTER; false when the queue is full (nothing changed). */
    boolean offer(WireEvent e, ServerTransactions.Tx tx, long now) {
        if (size == events.length) {
            return false;
        }
        int tail = (head + size) % events.length;
        events[tail] = e;
        txs[tail] = tx;
        size++;
        if (size == 1) {
            timers.schedule(handle, now + costOf(e));
        }
        return true;
    }

    /** The REGISTER whose service just ended; the caller processes it with {@link #txOfHead()} first. */
    WireEvent head() {
        return events[head];
    }

    ServerTransactions.Tx txOfHead() {
        return txs[head];
    }

    /** Removes the served head and starts serving the next one, if any. */
    void finishHead(long now) {
        markServed(events[head]);
        events[head] = null;
        txs[head] = null;
        head = (head + 1) % events.length;
        size--;
        if (size > 0) {
            timers.schedule(handle, now + costOf(events[head]));
        }
    }

    int size() {
        return size;
    }

    int capacity() {
        return events.length;
    }

    private long costOf(WireEvent e) {
        boolean handshake = e.transport() == Transport.TLS && !tls.isKnown(e.src());
        return serviceNanos + (handshake ? tlsHandshakeNanos : 0);
    }

    private void markServed(WireEvent e) {
        if (e.transport() == Transport.TLS) {
            tls.established(e.src());
        }
    }
}
