package org.persistlab.sim.gateway;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * The request being handled: its wire event, its bytes, its server transaction (if the core keeps
 * one) and the outbox. One instance is reused for every request, so handling one allocates nothing
 * for its context. {@link #reply} is the only way responses to it leave, so a UDP server
 * transaction always knows its last response.
 */
final class Exchange {
    private final ServerTransactions transactions;
    private final ResponseWriter writer;
    final RawMessage raw = new RawMessage();
    long now;
    WireEvent in;
    ServerTransactions.Tx tx;
    Outbox out;

    Exchange(ServerTransactions transactions, ResponseWriter writer) {
        this.transactions = transactions;
        this.writer = writer;
    }

    Exchange set(long nowNanos, WireEvent event, ServerTransactions.Tx serverTx, Outbox outbox) {
        now = nowNanos;
        in = event;
        tx = serverTx;
        out = outbox;
        raw.load(event.message());
        return this;
    }

    SipMessage msg() {
        return in.message();
    }

    Endpoint src() {
        return in.src();
    }

    Transport transport() {
        return in.transport();
    }

    /** Starts a response to this request ({@code addToTag} false only for 100 Trying). */
    ResponseWriter respond(int status, boolean addToTag) {
        return writer.begin(raw, status, addToTag);
    }

    /** Sends a response to where the request came from and remembers it in the server transaction. */
    void reply(byte[] response, int status) {
        out.send(in.src(), in.transport(), response);
        if (tx != null) {
            transactions.answered(tx, response, status, now);
        }
    }

    /** A response with no extra headers. */
    void reply(int status) {
        reply(respond(status, status != 100).finish(), status);
    }
}
