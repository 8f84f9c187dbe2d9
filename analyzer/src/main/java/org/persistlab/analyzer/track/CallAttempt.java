package org.persistlab.analyzer.track;

import org.persistlab.sip.Endpoint;

/**
 * One session attempt (RFC 6076 §4.3, §5.3): an initial INVITE (no To tag) and the INVITEs from the
 * same host with the same Call-ID and From tag that follow a 401/407 challenge, a 402 or a 3xx
 * redirect. Mutated only by {@link CallAttemptTracker}.
 */
public final class CallAttempt extends IdleIndex.Entry<CallKey> {
    /** How an attempt ended. */
    public enum Outcome {
        /** A 2xx. */
        ANSWERED,
        /** A 3xx not followed by another INVITE (removed from the SER and SEER denominators). */
        REDIRECTED,
        /** A 401/407/402 not followed by another INVITE. */
        CHALLENGE_ABANDONED,
        /** A failure final: 4xx except 401/402/407 (487 after a CANCEL excepted), 5xx, 6xx. */
        FAILED,
        /** A 487 to an INVITE the caller had CANCELled (RFC 3261 §9.2). */
        CANCELLED,
        /** Timer B: no response at all within 64*T1 of the INVITE's first transmission (counts as 408). */
        TIMED_OUT,
        /** No final response by the end of the input, or a provisional and then silence until release. */
        UNFINISHED
    }

    private final CallKey key;
    private final Endpoint origin;
    private final Transaction first;
    private Transaction current;
    private long lastTransmission;
    private long firstProvisional = Transaction.NONE;
    private int pendingStatus;
    private boolean cancelled;
    private long terminated = Transaction.NONE;
    private int challenges;
    private Outcome outcome;
    private int finalStatus;
    private long endNanos = Transaction.NONE;

    CallAttempt(CallKey key, Endpoint origin, Transaction first, long nanos) {
        this.key = key;
        this.origin = origin;
        this.first = first;
        this.current = first;
        this.lastTransmission = nanos;
    }

    @Override
    public CallKey key() {
        return key;
    }

    /** The source of the first INVITE: the originating UA, where RFC 6076 measures. */
    public Endpoint origin() {
        return origin;
    }

    /** The first transmission of the first INVITE: t1 of SRD, kept across challenges and redirects. */
    public long startNanos() {
        return first.firstTransmissionNanos();
    }

    /** The first 101-199 response of any INVITE of the attempt, {@link Transaction#NONE} if none. */
    public long firstProvisionalNanos() {
        return firstProvisional;
    }

    public int challenges() {
        return challenges;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The final status that ended the attempt (the last 3xx/401/402/407 when abandoned); 0 if none. */
    public int finalStatus() {
        return finalStatus;
    }

    public long endNanos() {
        return endNanos;
    }

    Transaction current() {
        return current;
    }

    long lastTransmissionNanos() {
        return lastTransmission;
    }

    int pendingStatus() {
        return pendingStatus;
    }

    void transmitted(long nanos) {
        lastTransmission = Math.max(lastTransmission, nanos);
    }

    void resend(Transaction t, long nanos) {
        current = t;
        pendingStatus = 0;
        transmitted(nanos);
    }

    void provisional(long nanos) {
        firstProvisional = firstProvisional == Transaction.NONE ? nanos : Math.min(firstProvisional, nanos);
    }

    void await(int status) {
        pendingStatus = status;
        if (status == 401 || status == 407) {
            challenges++;
        }
    }

    long terminatedNanos() {
        return terminated;
    }

    void terminated(long nanos) {
        terminated = nanos;
    }

    void cancel() {
        cancelled = true;
    }

    void end(Outcome how, int status, long nanos) {
        outcome = how;
        finalStatus = status;
        endNanos = nanos;
    }
}
