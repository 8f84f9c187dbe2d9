package org.persistlab.sim.gateway;

import java.util.HashMap;
import java.util.Map;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.SipMethod;
import org.persistlab.sip.Transport;

/**
 * UDP server transactions (RFC 3261 §17.2), kept only when the core must absorb retransmissions
 * itself (the simulator; behind JAIN-SIP its stack does it). A retransmitted request gets the last
 * response again, or, when the request was forwarded and nothing came back yet, is forwarded again
 * with the same branch, so the upstream's retransmission timer drives the downstream hop. A final
 * response is remembered for Timer J (non-INVITE) or H (INVITE), 64*T1; after a 2xx to an INVITE
 * the transaction only swallows retransmissions (RFC 6026 "Accepted"). At most
 * {@code capacity} transactions exist; beyond that the caller answers 503.
 */
final class ServerTransactions {
    static final class Tx {
        final String key;
        final int slot;
        final Endpoint src;
        final Transport transport;
        final boolean invite;
        byte[] last;
        boolean accepted;
        /** The hop the request was forwarded on, or null when the core answers it itself. */
        ProxyTx downstream;

        Tx(String key, int slot, Endpoint src, Transport transport, boolean invite) {
            this.key = key;
            this.slot = slot;
            this.src = src;
            this.transport = transport;
            this.invite = invite;
        }
    }

    private final Map<String, Tx> byKey = new HashMap<>();
    private final Tx[] slots;
    private final SlotPool pool;
    private final DeadlineHeap timers;
    private final int handleBase;
    private final long timerJ;
    /** Longest life of a transaction still waiting for its final response (Timer C, then Timer H). */
    private final long maxLife;

    ServerTransactions(int capacity, DeadlineHeap timers, int handleBase, long timerJ, long timerC) {
        this.slots = new Tx[capacity];
        this.pool = new SlotPool(capacity);
        this.timers = timers;
        this.handleBase = handleBase;
        this.timerJ = timerJ;
        this.maxLife = timerC + timerJ;
    }

    /**
     * The matching key: the method (ACK matches INVITE) and the top Via line as sent, which holds the
     * branch and sent-by of RFC 3261 §17.2.3; a retransmission repeats it byte for byte.
     */
    static String key(RawMessage raw, SipMethod method) {
        int via = raw.find(HeaderName.VIA, 0);
        if (via < 0) {
            return null;
        }
        SipMethod m = method == SipMethod.ACK ? SipMethod.INVITE : method;
        String line = raw.message().headerValueAt(via);
        return method == SipMethod.OTHER ? raw.message().method() + ' ' + line : (char) ('A' + m.ordinal()) + line;
    }

    Tx find(String key) {
        return byKey.get(key);
    }

    /** Opens a transaction, or returns null when {@code capacity} are open. */
    Tx open(String key, Endpoint src, Transport transport, boolean invite, long now) {
        int slot = pool.take();
        if (slot < 0) {
            return null;
        }
        Tx tx = new Tx(key, slot, src, transport, invite);
        slots[slot] = tx;
        byKey.put(key, tx);
        timers.schedule(handleBase + slot, now + maxLife);
        return tx;
    }

    /** Remembers a response sent for the transaction; a final one starts Timer J/H. */
    void answered(Tx tx, byte[] response, int status, long now) {
        if (slots[tx.slot] != tx) {
            return;
        }
        if (status < 200) {
            tx.last = response;
            return;
        }
        if (tx.invite && status < 300) {
            tx.accepted = true;
            tx.last = null;
        } else {
            tx.last = response;
        }
        timers.schedule(handleBase + tx.slot, now + timerJ);
    }

    /**
     * Handles a retransmitted request: the last response goes out again, and a request forwarded
     * downstream that has had no answer there yet is forwarded again.
     */
    void retransmission(Tx tx, Outbox out) {
        if (tx.last != null) {
            out.send(tx.src, tx.transport, tx.last);
        }
        if (!tx.accepted && tx.downstream != null) {
            tx.downstream.reforwardIfUnanswered(out);
        }
    }

    /** Timer J/H (or the life limit) of the transaction in this slot fired. */
    void expire(int slot) {
        Tx tx = slots[slot];
        if (tx == null) {
            return;
        }
        slots[slot] = null;
        byKey.remove(tx.key);
        pool.give(slot);
        if (tx.downstream != null) {
            tx.downstream.serverTx = null;
        }
    }

    int size() {
        return byKey.size();
    }

    int capacity() {
        return slots.length;
    }
}
