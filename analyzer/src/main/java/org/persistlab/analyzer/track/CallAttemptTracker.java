package org.persistlab.analyzer.track;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.persistlab.sip.WireEvent;

/**
 * Follows session attempts ({@link CallKey}) over INVITE and CANCEL transactions.
 *
 * <p>An initial INVITE (no To tag) starts an attempt unless one is waiting for a follow-up after a
 * 401/407/402 or 3xx, in which case it continues that attempt (one attempt per RFC 6076 §5.3; after
 * a redirect t1 stays at the first INVITE, §4.3). INVITEs with a To tag (re-INVITEs) are not
 * attempts. An INVITE with the key of a live attempt but from another host is the same request on
 * another hop (a proxy's leg) and is left out, so every attempt is measured at its originating UA.
 *
 * <p>CANCEL (RFC 3261 §9): it is its own transaction; it marks the attempt cancelled when it names
 * the attempt's current INVITE, and the INVITE's own final response still decides the outcome: a 487
 * makes it CANCELLED, a 2xx that crossed the CANCEL makes it ANSWERED. A 487 is judged when the
 * INVITE transaction is released (64*T1 after its last message), so that a CANCEL stamped a few
 * microseconds after the 487 by another capture point still counts; a 487 with no CANCEL is FAILED.
 *
 * <p>Bounded state: an attempt is released when it ends; one waiting for a follow-up ends 64*T1
 * after its last INVITE transmission.
 */
public final class CallAttemptTracker implements TransactionListener {
    /** The lane of attempts waiting for a final response to their current INVITE. */
    private static final int IN_FLIGHT = 0;
    /** The lane of attempts waiting for a follow-up INVITE after a challenge, 402 or redirect. */
    private static final int AWAITING = 1;

    private final TrackTimers timers;
    private final Consumer<CallAttempt> ended;
    /** Every open attempt by key; the in-flight lane never expires, the awaiting one after 64*T1. */
    private final IdleIndex<CallKey, CallAttempt> open = new IdleIndex<>(2);
    private final ToLongFunction<CallAttempt> followUpDeadline;

    /** @param ended told of every attempt as it ends */
    public CallAttemptTracker(TrackTimers timers, Consumer<CallAttempt> ended) {
        this.timers = timers;
        this.ended = ended;
        long linger = timers.lingerNanos();
        this.followUpDeadline = a -> a.lastTransmissionNanos() + linger;
    }

    @Override
    public void request(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
        if (f.callId() == null) {
            return;
        }
        if (f.isMethod(MessageFacts.CANCEL)) {
            CallAttempt a = inFlight(new CallKey(f.callId(), f.fromTag()));
            if (!retransmission && a != null && a.current().key().equals(t.key().withMethod(MessageFacts.INVITE))) {
                a.cancel();
            }
            return;
        }
        if (!f.isMethod(MessageFacts.INVITE) || !t.isInvite() || f.toTag() != null) {
            return;
        }
        CallKey key = new CallKey(f.callId(), f.fromTag());
        CallAttempt a = open.get(key);
        if (retransmission) {
            if (a != null && a.current() == t) {
                a.transmitted(e.timeNanos());
                if (a.lane() == AWAITING) {
                    open.touch(a, AWAITING);
                }
            }
            return;
        }
        if (a == null) {
            start(key, t, e);
        } else if (a.lane() == IN_FLIGHT) {
            if (a.current() != t && a.origin().sameAddress(e.src())) {
                open.release(a);
                end(a, CallAttempt.Outcome.UNFINISHED, 0, e.timeNanos());
                start(key, t, e);
            }
        } else if (a.origin().sameAddress(e.src())) {
            a.resend(t, e.timeNanos());
            t.attempt = a;
            open.touch(a, IN_FLIGHT);
        }
    }

    private void start(CallKey key, Transaction t, WireEvent e) {
        CallAttempt a = new CallAttempt(key, e.src(), t, e.timeNanos());
        t.attempt = a;
        open.touch(a, IN_FLIGHT);
    }

    /** The attempt with this key waiting for a final response, or {@code null}. */
    private CallAttempt inFlight(CallKey key) {
        CallAttempt a = open.get(key);
        return a != null && a.lane() == IN_FLIGHT ? a : null;
    }

    @Override
    public void response(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
        int status = f.status();
        if (retransmission || !t.isInvite() || status == 100 || f.callId() == null) {
            return;
        }
        CallAttempt a = inFlight(new CallKey(f.callId(), f.fromTag()));
        if (a == null || a.current() != t) {
            return;
        }
        if (status < 200) {
            a.provisional(e.timeNanos());
        } else if (status < 300) {
            finish(a, CallAttempt.Outcome.ANSWERED, status, e.timeNanos());
        } else if (status < 400 || status == 401 || status == 402 || status == 407) {
            a.await(status);
            open.touch(a, AWAITING);
        } else if (status == 487) {
            // decided when the INVITE transaction is released: its CANCEL may be stamped after the 487
            a.terminated(e.timeNanos());
        } else {
            finish(a, CallAttempt.Outcome.FAILED, status, e.timeNanos());
        }
    }

    /**
     * Decides an attempt whose current INVITE is released without a final response. The attempt is
     * found through the transaction rather than by the key of its request: the same answer (a
     * transaction is the current INVITE of at most one attempt), without reading the long-cold
     * header values a key lookup would hash.
     */
    @Override
    public void closed(Transaction t) {
        CallAttempt a = t.attempt;
        if (a == null || a.current() != t || a.lane() != IN_FLIGHT || t.requestToTag() != null
                || !a.key().is(t.requestCallId(), t.requestFromTag())) {
            return;
        }
        if (a.terminatedNanos() != Transaction.NONE) {
            finish(a, a.cancelled() ? CallAttempt.Outcome.CANCELLED : CallAttempt.Outcome.FAILED, 487,
                    a.terminatedNanos());
        } else if (t.finalStatus() == 0) {
            long when = t.timedOut() ? t.firstTransmissionNanos() + timers.lingerNanos() : t.lastTransitionNanos();
            finish(a, t.timedOut() ? CallAttempt.Outcome.TIMED_OUT : CallAttempt.Outcome.UNFINISHED, 0, when);
        }
    }

    private void finish(CallAttempt a, CallAttempt.Outcome how, int status, long nanos) {
        open.release(a);
        end(a, how, status, nanos);
    }

    private void end(CallAttempt a, CallAttempt.Outcome how, int status, long nanos) {
        a.end(how, status, nanos);
        ended.accept(a);
    }

    public void advanceTo(long nowNanos) {
        CallAttempt a;
        while ((a = open.pollExpired(AWAITING, nowNanos, followUpDeadline)) != null) {
            abandon(a, followUpDeadline.applyAsLong(a));
        }
    }

    /** Ends every open attempt; call after the transaction tracker has released its transactions. */
    public void finish(long endNanos) {
        advanceTo(endNanos);
        for (CallAttempt a : open.drain(AWAITING)) {
            abandon(a, endNanos);
        }
        List<CallAttempt> unfinished = open.drain(IN_FLIGHT);
        unfinished.sort((x, y) -> Long.compare(x.startNanos(), y.startNanos()));
        for (CallAttempt a : unfinished) {
            end(a, CallAttempt.Outcome.UNFINISHED, 0, endNanos);
        }
    }

    private void abandon(CallAttempt a, long nanos) {
        int s = a.pendingStatus();
        end(a, s >= 300 && s < 400 ? CallAttempt.Outcome.REDIRECTED : CallAttempt.Outcome.CHALLENGE_ABANDONED, s, nanos);
    }

    public int live() {
        return open.size();
    }
}
