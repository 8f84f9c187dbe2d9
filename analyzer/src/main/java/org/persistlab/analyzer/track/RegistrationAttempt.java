package org.persistlab.analyzer.track;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.persistlab.sip.Endpoint;

/**
 * One registration attempt: the first REGISTER of an AoR and every REGISTER transaction that follows
 * a challenge (401/407), a 402 or a 3xx, up to the attempt's outcome. Mutated only by
 * {@link RegistrationTracker}.
 */
public final class RegistrationAttempt extends IdleIndex.Entry<AorKey> {
    /** How an attempt ended. */
    public enum Outcome {
        /** A 2xx. */
        SUCCEEDED,
        /** A failure final: 4xx except 401, 402 and 407; 5xx; 6xx (RFC 6076 §4.2). */
        REJECTED,
        /** No final response within 64*T1 of the last REGISTER transmission, or a new REGISTER first. */
        TIMED_OUT,
        /** A challenge, 402 or 3xx not followed by another REGISTER within 64*T1 of the last transmission. */
        ABANDONED,
        /** Still open at the end of the input. */
        UNFINISHED
    }

    /** The attempt's states, for its transition list. */
    public enum State { REGISTERING, AWAITING_RESEND, ENDED }

    private final AorKey key;
    private final Endpoint registrar;
    private final Transaction first;
    private Transaction current;
    private long lastTransmission;
    private int challenges;
    private int pendingStatus;
    private State state = State.REGISTERING;
    private final List<Transition<State>> transitions = new ArrayList<>(3);
    private Outcome outcome;
    private int finalStatus;
    private long endNanos = Transaction.NONE;

    RegistrationAttempt(AorKey key, Endpoint registrar, Transaction first, long nanos) {
        this.key = key;
        this.registrar = registrar;
        this.first = first;
        this.current = first;
        this.lastTransmission = nanos;
        transitions.add(new Transition<>(nanos, null, State.REGISTERING, MessageFacts.REGISTER));
    }

    @Override
    public AorKey key() {
        return key;
    }

    /** The destination of the attempt's first REGISTER. */
    public Endpoint registrar() {
        return registrar;
    }

    /** The first transmission of the attempt's first REGISTER: where RRD starts. */
    public long startNanos() {
        return first.firstTransmissionNanos();
    }

    public long lastTransmissionNanos() {
        return lastTransmission;
    }

    /** 401 and 407 responses inside the attempt. */
    public int challenges() {
        return challenges;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The status that ended the attempt (the last non-final one for ABANDONED), 0 when none. */
    public int finalStatus() {
        return finalStatus;
    }

    /** When the outcome was reached: the response's time, or the nominal timer expiry. */
    public long endNanos() {
        return endNanos;
    }

    /** RRD (RFC 6076 §4.1): the 2xx minus the first REGISTER; {@link Transaction#NONE} unless SUCCEEDED. */
    public long registrationDelayNanos() {
        return outcome == Outcome.SUCCEEDED ? endNanos - startNanos() : Transaction.NONE;
    }

    public List<Transition<State>> transitions() {
        return Collections.unmodifiableList(transitions);
    }

    Transaction current() {
        return current;
    }

    boolean awaitingResend() {
        return state == State.AWAITING_RESEND;
    }

    int pendingStatus() {
        return pendingStatus;
    }

    void transmitted(long nanos) {
        lastTransmission = Math.max(lastTransmission, nanos);
    }

    void resend(Transaction t, long nanos) {
        current = t;
        transmitted(nanos);
        moveTo(State.REGISTERING, nanos, MessageFacts.REGISTER);
    }

    void awaitResend(int status, long nanos) {
        pendingStatus = status;
        if (status == 401 || status == 407) {
            challenges++;
        }
        moveTo(State.AWAITING_RESEND, nanos, Integer.toString(status));
    }

    void end(Outcome how, int status, long nanos, String cause) {
        outcome = how;
        finalStatus = status;
        endNanos = nanos;
        moveTo(State.ENDED, nanos, cause);
    }

    private void moveTo(State next, long nanos, String cause) {
        if (next != state) {
            transitions.add(new Transition<>(nanos, state, next, cause));
            state = next;
        }
    }
}
