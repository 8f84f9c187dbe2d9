package org.persistlab.analyzer.track;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.WireEvent;

/**
 * One transaction as seen on the wire: its request (first transmission), retransmissions, responses
 * and the path of states it took. Mutated only by {@link TransactionTracker}; read by listeners.
 * All times are capture times in nanoseconds; {@link #NONE} marks a moment that did not happen.
 *
 * <p>Of its request it keeps the endpoints and the three header values the trackers above ask for
 * later, never the message itself: a transaction lingers for {@code 64*T1} after its last message,
 * and holding the message (its bytes, its parsed headers) that long would make every message outlive
 * many garbage collections.
 */
public final class Transaction extends IdleIndex.Entry<TransactionKey> {
    /** A moment that did not happen. */
    public static final long NONE = Long.MIN_VALUE;
    /** Orphan responses kept per transaction while its request is missing; more are counted, not kept. */
    static final int MAX_ORPHANS = 16;

    private final TransactionKey key;
    private final int tableHash;
    private final boolean invite;
    /** The session attempt whose current INVITE this is, set by {@link CallAttemptTracker}. */
    CallAttempt attempt;
    private Endpoint requestSrc;
    private Endpoint requestDst;
    private String requestCallId;
    private String requestFromTag;
    private String requestToTag;
    private long firstTransmission = NONE;
    private long lastTransmission = NONE;
    private long lastActivity = NONE;
    private int transmissions;
    private TransactionState state = TransactionState.INITIAL;
    /** The path so far, in an array rather than a list: one object less to allocate and to visit at release. */
    private Transition<TransactionState>[] transitions = newPath(4);
    private int transitionCount;
    private int finalStatus;
    private long finalNanos = NONE;
    private long firstResponseNanos = NONE;
    private int responses;
    /** Distinct (status, direction) seen, the first {@code seenCount}; a repeat is a retransmission. */
    private Seen[] seen;
    private int seenCount;
    private long ackNanos = NONE;
    private Endpoint ackSrc;
    private Endpoint ackDst;
    private List<Orphan> orphans;
    private boolean timedOut;

    private record Seen(int status, Endpoint src, Endpoint dst) {
        boolean is(int otherStatus, Endpoint otherSrc, Endpoint otherDst) {
            return status == otherStatus && src.equals(otherSrc) && dst.equals(otherDst);
        }
    }

    /** A response that arrived before its request, kept to be replayed once the request is known. */
    record Orphan(WireEvent event, MessageFacts facts) {
    }

    Transaction(TransactionKey key) {
        this.key = key;
        int h = key.hashCode() * 0x9E3779B9;
        this.tableHash = h ^ (h >>> 16);
        this.invite = MessageFacts.INVITE.equals(key.method());
    }

    @Override
    public TransactionKey key() {
        return key;
    }

    public String method() {
        return key.method();
    }

    public boolean isInvite() {
        return invite;
    }

    /** The source of the earliest transmission of the request; {@code null} while only responses were seen. */
    public Endpoint requestSource() {
        return requestSrc;
    }

    /** The destination of the earliest transmission of the request; {@code null} while only responses were seen. */
    public Endpoint requestDestination() {
        return requestDst;
    }

    /** The Call-ID of the earliest transmission of the request, {@code null} when it had none or none was seen. */
    public String requestCallId() {
        return requestCallId;
    }

    /** The From tag of the earliest transmission of the request, {@code null} when it had none or none was seen. */
    public String requestFromTag() {
        return requestFromTag;
    }

    /** The To tag of the earliest transmission of the request, {@code null} when it had none or none was seen. */
    public String requestToTag() {
        return requestToTag;
    }

    public boolean requestSeen() {
        return requestSrc != null;
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

    /** The path so far, as it stands now. */
    public List<Transition<TransactionState>> transitions() {
        return List.of(Arrays.copyOf(transitions, transitionCount));
    }

    /** The time of the last transition; {@link #NONE} before the first. */
    public long lastTransitionNanos() {
        return transitionCount == 0 ? NONE : transitions[transitionCount - 1].timeNanos();
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

    /** True once the ACK of an INVITE's 300-699 response was seen. */
    public boolean ackSeen() {
        return ackSrc != null;
    }

    /** When the ACK of an INVITE's 300-699 response was seen (its earliest copy), {@link #NONE} if not. */
    public long ackNanos() {
        return ackNanos;
    }

    // ---- mutation, by the tracker only ----

    void touch(long nanos) {
        lastActivity = lastActivity == NONE ? nanos : Math.max(lastActivity, nanos);
    }

    void firstRequest(WireEvent e, MessageFacts f) {
        keepRequest(e, f);
        lastTransmission = e.timeNanos();
        transmissions = 1;
    }

    void retransmission(WireEvent e, MessageFacts f) {
        transmissions++;
        if (e.timeNanos() < firstTransmission) {
            keepRequest(e, f);
        }
        lastTransmission = Math.max(lastTransmission, e.timeNanos());
    }

    private void keepRequest(WireEvent e, MessageFacts f) {
        requestSrc = e.src();
        requestDst = e.dst();
        requestCallId = f.callId();
        requestFromTag = f.fromTag();
        requestToTag = f.toTag();
        firstTransmission = e.timeNanos();
    }

    boolean sameDirectionAsRequest(WireEvent e) {
        return e.src().equals(requestSrc) && e.dst().equals(requestDst);
    }

    /** True when {@code e} goes the way the kept ACK went. */
    boolean sameDirectionAsAck(WireEvent e) {
        return e.src().equals(ackSrc) && e.dst().equals(ackDst);
    }

    void ack(WireEvent e) {
        ackNanos = e.timeNanos();
        ackSrc = e.src();
        ackDst = e.dst();
    }

    /** Records a response; returns false when the same status already came the same way (a retransmission). */
    boolean responseSeen(int status, Endpoint src, Endpoint dst, long nanos) {
        for (int i = 0; i < seenCount; i++) {
            if (seen[i].is(status, src, dst)) {
                return false;
            }
        }
        if (seen == null) {
            seen = new Seen[2];
        } else if (seenCount == seen.length) {
            seen = Arrays.copyOf(seen, 2 * seenCount);
        }
        seen[seenCount++] = new Seen(status, src, dst);
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
            if (transitionCount == transitions.length) {
                transitions = Arrays.copyOf(transitions, 2 * transitionCount);
            }
            transitions[transitionCount++] = new Transition<>(nanos, state, next, cause);
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

    boolean hasOrphans() {
        return orphans != null;
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

    @SuppressWarnings("unchecked")
    private static Transition<TransactionState>[] newPath(int n) {
        return new Transition[n];
    }

    /** A well-spread hash for {@link TransactionMap}, held here so that a lookup reads no other object. */
    int tableHash() {
        return tableHash;
    }

    @Override
    public String toString() {
        return "Transaction[" + key + " " + state + "]";
    }
}
