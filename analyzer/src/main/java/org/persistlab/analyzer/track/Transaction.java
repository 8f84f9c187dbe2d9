package org.persistlab.analyzer.track;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.WireEvent;

/**
 * One transaction as seen on the wire: its request (first transmission), retransmissions, responses
 * and the path of states it took. Mutated only by {@link TransactionTracker}; read by listeners.
 * All times are capture times in nanoseconds; {@link #NONE} marks a moment that did not happen.
 */
public final class Transaction {
    /** A moment that did not happen. */
    public static final long NONE = Long.MIN_VALUE;
    /** Orphan responses kept per transaction while its request is missing; more are counted, not kept. */
    static final int MAX_ORPHANS = 16;

    private final TransactionKey key;
    private final boolean invite;
    private WireEvent request;
    private long firstTransmission = NONE;
    private long lastTransmission = NONE;
    private long lastActivity = NONE;
    private int transmissions;
    private TransactionState state = TransactionState.INITIAL;
    private final List<Transition<TransactionState>> transitions = new ArrayList<>(4);
    private int finalStatus;
    private long finalNanos = NONE;
    private long firstResponseNanos = NONE;
    private int responses;
    /** Distinct (status, direction) seen; a repeat is a retransmission. */
    private final List<Seen> seen = new ArrayList<>(2);
    private WireEvent ack;
    private List<Orphan> orphans;
    private boolean timedOut;
    boolean inLongIndex;

    private record Seen(int status, Endpoint src, Endpoint dst) {
    }

    /** A response that arrived before its request, kept to be replayed once the request is known. */
    record Orphan(WireEvent event, MessageFacts facts) {
    }

    Transaction(TransactionKey key) {
        this.key = key;
        this.invite = MessageFacts.INVITE.equals(key.method());
    }

    public TransactionKey key() {
        return key;
    }

    public String method() {
        return key.method();
    }

    public boolean isInvite() {
        return invite;
    }

    /** The earliest transmission of the request seen so far; {@code null} while only responses were seen. */
    public WireEvent request() {
        return request;
    }

    public boolean requestSeen() {
        return request != null;
    }

    public long firstTransmissionNanos() {
        return firstTransmission;
    }

    public long lastTransmissionNanos() {
        return lastTransmission;
    }

    /** Transmissions of the request in its first direction, the first one included. */
    public int transmissions() {
        return transmissions;
    }

    public long lastActivityNanos() {
        return lastActivity;
    }

    public TransactionState state() {
        return state;
    }

    public List<Transition<TransactionState>> transitions() {
        return Collections.unmodifiableList(transitions);
    }

    /** The first final status seen, 0 while there is none. */
    public int finalStatus() {
        return finalStatus;
    }

    public long finalNanos() {
        return finalNanos;
    }

    /** Distinct responses seen (retransmissions not counted). */
    public int responses() {
        return responses;
    }

    public boolean answered() {
        return responses > 0;
    }

    public long firstResponseNanos() {
        return firstResponseNanos;
    }

    /** True when Timer B (INVITE) or F (non-INVITE) expired with no (final) response. */
    public boolean timedOut() {
        return timedOut;
    }

    /** The ACK of an INVITE's 300-699 response, or {@code null}. */
    public WireEvent ack() {
        return ack;
    }

    // ---- mutation, by the tracker only ----

    void touch(long nanos) {
        lastActivity = lastActivity == NONE ? nanos : Math.max(lastActivity, nanos);
    }

    void firstRequest(WireEvent e) {
        request = e;
        firstTransmission = e.timeNanos();
        lastTransmission = e.timeNanos();
        transmissions = 1;
    }

    void retransmission(WireEvent e) {
        transmissions++;
        if (e.timeNanos() < firstTransmission) {
            firstTransmission = e.timeNanos();
            request = e;
        }
        lastTransmission = Math.max(lastTransmission, e.timeNanos());
    }

    boolean sameDirectionAsRequest(WireEvent e) {
        return e.src().equals(request.src()) && e.dst().equals(request.dst());
    }

    void ack(WireEvent e) {
        ack = e;
    }

    /** Records a response; returns false when the same status already came the same way (a retransmission). */
    boolean responseSeen(int status, Endpoint src, Endpoint dst, long nanos) {
        Seen s = new Seen(status, src, dst);
        if (seen.contains(s)) {
            return false;
        }
        seen.add(s);
        responses++;
        firstResponseNanos = firstResponseNanos == NONE ? nanos : Math.min(firstResponseNanos, nanos);
        return true;
    }

    void finalResponse(int status, long nanos) {
        finalStatus = status;
        finalNanos = nanos;
    }

    void moveTo(TransactionState next, long nanos, String cause) {
        if (next != state) {
            transitions.add(new Transition<>(nanos, state, next, cause));
            state = next;
            timedOut |= next == TransactionState.TIMED_OUT;
        }
    }

    /** Returns false when the buffer is full and the orphan was dropped. */
    boolean addOrphan(WireEvent e, MessageFacts f) {
        if (orphans == null) {
            orphans = new ArrayList<>(2);
        }
        if (orphans.size() >= MAX_ORPHANS) {
            return false;
        }
        orphans.add(new Orphan(e, f));
        return true;
    }

    /** The buffered orphans in capture-time order, emptying the buffer. */
    List<Orphan> takeOrphans() {
        if (orphans == null) {
            return List.of();
        }
        List<Orphan> out = orphans;
        orphans = null;
        out.sort((a, b) -> Long.compare(a.event().timeNanos(), b.event().timeNanos()));
        return out;
    }

    @Override
    public String toString() {
        return "Transaction[" + key + " " + state + "]";
    }
}
