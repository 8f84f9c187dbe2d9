package org.persistlab.analyzer.track;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One INVITE dialog, with the path of states it took. Mutated only by {@link DialogTracker}. */
public final class Dialog extends IdleIndex.Entry<DialogKey> {
    private final DialogKey key;
    private final boolean initial;
    private DialogState state;
    private final List<Transition<DialogState>> transitions = new ArrayList<>(4);
    private long lastActivity = Transaction.NONE;
    private boolean confirmed;
    private Transaction firstBye;
    private Transaction currentBye;
    private boolean byeRetryPending;
    private boolean completed;
    private long disconnectNanos = Transaction.NONE;

    Dialog(DialogKey key, boolean initial, DialogState first, long nanos, String cause) {
        this.key = key;
        this.initial = initial;
        this.state = first;
        this.transitions.add(new Transition<>(nanos, null, first, cause));
        this.confirmed = first == DialogState.CONFIRMED;
        this.lastActivity = nanos;
    }

    @Override
    public DialogKey key() {
        return key;
    }

    /** True when the capture holds the initial INVITE that created the dialog. */
    public boolean initial() {
        return initial;
    }

    public DialogState state() {
        return state;
    }

    public List<Transition<DialogState>> transitions() {
        return Collections.unmodifiableList(transitions);
    }

    public long lastActivityNanos() {
        return lastActivity;
    }

    /** True once a 2xx to the INVITE was seen. */
    public boolean wasConfirmed() {
        return confirmed;
    }

    /**
     * A completed session (the analyzer's SCR convention, domain.md §7.1): an initial dialog that was
     * confirmed and then torn down by a BYE that got a 2xx.
     */
    public boolean completed() {
        return completed;
    }

    /**
     * The Session Disconnect Delay (RFC 6076 §4.4): the 2xx to the BYE minus the first transmission
     * of the first BYE, retried BYEs after a 503 with Retry-After included; {@link Transaction#NONE}
     * when the disconnect did not succeed.
     */
    public long disconnectNanos() {
        return disconnectNanos;
    }

    Transaction firstBye() {
        return firstBye;
    }

    Transaction currentBye() {
        return currentBye;
    }

    boolean byeRetryPending() {
        return byeRetryPending;
    }

    void touch(long nanos) {
        lastActivity = Math.max(lastActivity, nanos);
    }

    void moveTo(DialogState next, long nanos, String cause) {
        if (next != state) {
            transitions.add(new Transition<>(nanos, state, next, cause));
            state = next;
            if (next == DialogState.CONFIRMED) {
                confirmed = true;
            }
        }
    }

    void bye(Transaction t) {
        if (firstBye == null) {
            firstBye = t;
        }
        currentBye = t;
        byeRetryPending = false;
    }

    void awaitByeRetry() {
        byeRetryPending = true;
    }

    void disconnected(long nanos) {
        completed = initial && confirmed;
        disconnectNanos = nanos - firstBye.firstTransmissionNanos();
    }
}
