package org.persistlab.analyzer.track;

import java.util.function.ToLongFunction;
import org.persistlab.sip.WireEvent;

/**
 * Groups wire messages into transactions (RFC 3261 §17) on capture time and recognises
 * retransmissions.
 *
 * <p>Matching: requests and responses by {@link TransactionKey}. An ACK joins the INVITE transaction
 * with the same key (RFC 3261 §17.1.1.3: the ACK of a 300-699 response reuses the INVITE's branch)
 * unless that INVITE got a 2xx; otherwise (the ACK of a 2xx, a new branch per §13.2.2.4) it is a
 * transaction of its own that expects no response. A CANCEL is its own transaction (§9.1), keyed
 * by the INVITE's branch and the method CANCEL.
 *
 * <p>Retransmissions: the same request again in the same transaction and the same direction
 * (source and destination endpoints), or the same response status again in the same direction. A
 * copy of the request in another direction (the same message seen at a second capture point) is
 * counted as a copy, neither a new transaction nor a retransmission.
 *
 * <p>Out-of-order arrival: a response can precede its request in a capture (two capture points a
 * few microseconds apart). Such a response opens the transaction and is held; when the request
 * arrives it is reported first and the held responses are replayed after it, in capture-time order,
 * each with its own timestamp. So listeners always see request then responses, and every delay is
 * still the difference of the two timestamps (which may then be negative; the metrics record such a
 * delay as 0). A response whose request never arrives only moves the transaction's state.
 *
 * <p>Bounded state: a transaction is released {@code 64*T1} after its last message, except an INVITE
 * that got a provisional and no final response, released after
 * {@link TrackTimers#inviteProceedingIdleNanos()} of silence. At release a transaction still without
 * a (final, for non-INVITE) response has timed out if Timer B/F ({@code 64*T1} after its first
 * transmission) fell before the release.
 */
public final class TransactionTracker {
    /** The lane of transactions released {@code 64*T1} after their last message. */
    private static final int LINGERING = 0;
    /** The lane of INVITEs with a provisional and no final response, released after a longer silence. */
    private static final int PROCEEDING = 1;
    private final TrackTimers timers;
    private final TransactionListener listener;
    /** Every transaction held, in one of two lanes by the timeout its state calls for. */
    private final IdleIndex<TransactionKey, Transaction> held = new IdleIndex<>(2);
    private final ToLongFunction<Transaction> lingerDeadline;
    private final ToLongFunction<Transaction> proceedingDeadline;
    private long retransmissions;
    private long copies;
    private long droppedOrphans;

    public TransactionTracker(TrackTimers timers, TransactionListener listener) {
        this.timers = timers;
        this.listener = listener;
        long linger = timers.lingerNanos();
        long idle = timers.inviteProceedingIdleNanos();
        this.lingerDeadline = t -> t.lastActivityNanos() + linger;
        this.proceedingDeadline = t -> t.lastActivityNanos() + idle;
    }

    /** Releases every transaction whose deadline is before {@code nowNanos}. */
    public void advanceTo(long nowNanos) {
        Transaction t;
        while ((t = held.pollExpired(LINGERING, nowNanos, lingerDeadline)) != null) {
            close(t, lingerDeadline.applyAsLong(t), "released");
        }
        while ((t = held.pollExpired(PROCEEDING, nowNanos, proceedingDeadline)) != null) {
            close(t, proceedingDeadline.applyAsLong(t), "idle");
        }
    }

    /** Releases every transaction still open, at the end of the input. */
    public void finish(long endNanos) {
        advanceTo(endNanos);
        for (Transaction t : held.drain(LINGERING)) {
            close(t, endNanos, "end of input");
        }
        for (Transaction t : held.drain(PROCEEDING)) {
            close(t, endNanos, "end of input");
        }
    }

    public void accept(WireEvent e, MessageFacts f) {
        if (f.request()) {
            acceptRequest(e, f);
        } else {
            acceptResponse(e, f);
        }
    }

    private void acceptRequest(WireEvent e, MessageFacts f) {
        if (f.isMethod(MessageFacts.ACK)) {
            Transaction invite = find(TransactionKey.of(f, MessageFacts.INVITE));
            if (invite != null && !is2xx(invite.finalStatus())) {
                ackOfInvite(invite, e, f);
                return;
            }
        }
        TransactionKey key = TransactionKey.of(f);
        Transaction t = find(key);
        if (t == null) {
            t = new Transaction(key);
        }
        t.touch(e.timeNanos());
        if (!t.requestSeen()) {
            t.firstRequest(e, f);
            t.moveTo(initialState(t, f), e.timeNanos(), f.cseqMethod());
            listener.request(t, e, f, false);
            if (t.hasOrphans()) {
                for (Transaction.Orphan o : t.takeOrphans()) {
                    response(t, o.event(), o.facts(), true);
                }
            }
        } else if (t.sameDirectionAsRequest(e)) {
            retransmissions++;
            t.retransmission(e, f);
            listener.request(t, e, f, true);
        } else {
            copies++;
        }
        reindex(t);
    }

    private static TransactionState initialState(Transaction t, MessageFacts f) {
        if (t.isInvite()) {
            return TransactionState.CALLING;
        }
        return f.isMethod(MessageFacts.ACK) ? TransactionState.SENT : TransactionState.TRYING;
    }

    private void ackOfInvite(Transaction invite, WireEvent e, MessageFacts f) {
        invite.touch(e.timeNanos());
        if (!invite.ackSeen()) {
            invite.ack(e);
            if (invite.state() == TransactionState.COMPLETED) {
                invite.moveTo(TransactionState.CONFIRMED, e.timeNanos(), MessageFacts.ACK);
            }
            listener.request(invite, e, f, false);
        } else if (invite.sameDirectionAsAck(e)) {
            retransmissions++;
            if (e.timeNanos() < invite.ackNanos()) {
                invite.ack(e);
            }
            listener.request(invite, e, f, true);
        } else {
            copies++;
        }
        reindex(invite);
    }

    private void acceptResponse(WireEvent e, MessageFacts f) {
        TransactionKey key = TransactionKey.of(f);
        Transaction t = find(key);
        if (t == null) {
            t = new Transaction(key);
        }
        t.touch(e.timeNanos());
        if (t.requestSeen()) {
            response(t, e, f, true);
        } else if (!t.addOrphan(e, f)) {
            droppedOrphans++;
        }
        reindex(t);
    }

    /** Advances the state machine on a response; tells the listener when {@code report} is set. */
    private void response(Transaction t, WireEvent e, MessageFacts f, boolean report) {
        int status = f.status();
        if (!t.responseSeen(status, e.src(), e.dst(), e.timeNanos())) {
            retransmissions++;
            if (report) {
                listener.response(t, e, f, true);
            }
            return;
        }
        if (status < 200) {
            TransactionState s = t.state();
            if (s == TransactionState.CALLING || s == TransactionState.TRYING || s == TransactionState.INITIAL) {
                t.moveTo(TransactionState.PROCEEDING, e.timeNanos(), Integer.toString(status));
            }
        } else if (t.finalStatus() == 0) {
            t.finalResponse(status, e.timeNanos());
            if (t.isInvite() && is2xx(status)) {
                t.moveTo(TransactionState.ACCEPTED, e.timeNanos(), Integer.toString(status));
            } else {
                t.moveTo(TransactionState.COMPLETED, e.timeNanos(), Integer.toString(status));
                if (t.isInvite() && t.ackSeen()) {
                    t.moveTo(TransactionState.CONFIRMED, t.ackNanos(), MessageFacts.ACK);
                }
            }
        }
        if (report) {
            listener.response(t, e, f, false);
        }
    }

    private void close(Transaction t, long closeNanos, String cause) {
        if (t.hasOrphans()) {
            for (Transaction.Orphan o : t.takeOrphans()) {
                response(t, o.event(), o.facts(), false);
            }
        }
        TransactionState s = t.state();
        boolean waiting = s == TransactionState.CALLING
                || !t.isInvite() && (s == TransactionState.TRYING || s == TransactionState.PROCEEDING);
        if (waiting && t.requestSeen()) {
            long timer = t.firstTransmissionNanos() + timers.lingerNanos();
            if (timer <= closeNanos) {
                t.moveTo(TransactionState.TIMED_OUT, timer, t.isInvite() ? "Timer B" : "Timer F");
            }
        }
        t.moveTo(TransactionState.TERMINATED, closeNanos, cause);
        listener.closed(t);
    }

    private Transaction find(TransactionKey key) {
        return held.get(key);
    }

    /** Files the transaction under the timeout its state calls for, as the most recently active. */
    private void reindex(Transaction t) {
        boolean proceedingInvite = t.isInvite() && t.state() == TransactionState.PROCEEDING;
        held.touch(t, proceedingInvite ? PROCEEDING : LINGERING);
    }

    private static boolean is2xx(int status) {
        return status >= 200 && status < 300;
    }

    /** Transactions currently held. */
    public int live() {
        return held.size();
    }

    public long retransmissions() {
        return retransmissions;
    }

    /** Requests seen again in another direction (a second capture point), neither new nor retransmitted. */
    public long copies() {
        return copies;
    }

    /** Responses without a request beyond the per-transaction buffer, counted and not kept. */
    public long droppedOrphans() {
        return droppedOrphans;
    }
}
