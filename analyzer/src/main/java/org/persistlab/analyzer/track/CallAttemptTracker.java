package org.persistlab.analyzer.track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
    private final TrackTimers timers;
    private final Consumer<CallAttempt> ended;
    private final Map<CallKey, CallAttempt> inFlight = new HashMap<>();
    private final IdleIndex<CallKey, CallAttempt> awaiting = new IdleIndex<>();

    /** @param ended told of every attempt as it ends */
    public CallAttemptTracker(TrackTimers timers, Consumer<CallAttempt> ended) {
        this.timers = timers;
        this.ended = ended;
    }

    @Override
    public void request(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
        if (f.callId() == null) {
            return;
        }
        CallKey key = new CallKey(f.callId(), f.fromTag());
        if (f.isMethod(MessageFacts.CANCEL)) {
            CallAttempt a = inFlight.get(key);
            if (!retransmission && a != null && a.current().key().equals(t.key().withMethod(MessageFacts.INVITE))) {
                a.cancel();
            }
            return;
        }
        if (!f.isMethod(MessageFacts.INVITE) || !t.isInvite() || f.toTag() != null) {
            return;
        }
        CallAttempt a = inFlight.get(key);
        if (retransmission) {
            if (a != null && a.current() == t) {
                a.transmitted(e.timeNanos());
            } else {
                a = awaiting.get(key);
                if (a != null && a.current() == t) {
                    a.transmitted(e.timeNanos());
                    awaiting.touch(key, a);
                }
            }
            return;
        }
        if (a != null) {
            if (a.current() != t && a.origin().sameAddress(e.src())) {
                inFlight.remove(key);
                end(a, CallAttempt.Outcome.UNFINISHED, 0, e.timeNanos());
                start(key, t, e);
            }
            return;
        }
        a = awaiting.get(key);
        if (a == null) {
            start(key, t, e);
        } else if (a.origin().sameAddress(e.src())) {
            awaiting.remove(key);
            a.resend(t, e.timeNanos());
            inFlight.put(key, a);
        }
    }

    private void start(CallKey key, Transaction t, WireEvent e) {
        inFlight.put(key, new CallAttempt(key, e.src(), t, e.timeNanos()));
    }

    @Override
    public void response(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
        int status = f.status();
        if (retransmission || !t.isInvite() || status == 100 || f.callId() == null) {
            return;
        }
        CallKey key = new CallKey(f.callId(), f.fromTag());
        CallAttempt a = inFlight.get(key);
        if (a == null || a.current() != t) {
            return;
        }
        if (status < 200) {
            a.provisional(e.timeNanos());
        } else if (status < 300) {
            finish(key, a, CallAttempt.Outcome.ANSWERED, status, e.timeNanos());
        } else if (status < 400 || status == 401 || status == 402 || status == 407) {
            a.await(status);
            inFlight.remove(key);
            awaiting.touch(key, a);
        } else if (status == 487) {
            // decided when the INVITE transaction is released: its CANCEL may be stamped after the 487
            a.terminated(e.timeNanos());
        } else {
            finish(key, a, CallAttempt.Outcome.FAILED, status, e.timeNanos());
        }
    }

    @Override
    public void closed(Transaction t) {
        if (!t.isInvite() || !t.requestSeen()) {
            return;
        }
        var m = t.request().message();
        if (m.toTag() != null) {
            return;
        }
        CallKey key = new CallKey(m.callId(), m.fromTag());
        CallAttempt a = inFlight.get(key);
        if (a == null || a.current() != t) {
            return;
        }
        if (a.terminatedNanos() != Transaction.NONE) {
            finish(key, a, a.cancelled() ? CallAttempt.Outcome.CANCELLED : CallAttempt.Outcome.FAILED, 487,
                    a.terminatedNanos());
        } else if (t.finalStatus() == 0) {
            var path = t.transitions();
            long when = t.timedOut() ? t.firstTransmissionNanos() + timers.lingerNanos()
                    : path.get(path.size() - 1).timeNanos();
            finish(key, a, t.timedOut() ? CallAttempt.Outcome.TIMED_OUT : CallAttempt.Outcome.UNFINISHED, 0, when);
        }
    }

    private void finish(CallKey key, CallAttempt a, CallAttempt.Outcome how, int status, long nanos) {
        inFlight.remove(key);
        end(a, how, status, nanos);
    }

    private void end(CallAttempt a, CallAttempt.Outcome how, int status, long nanos) {
        a.end(how, status, nanos);
        ended.accept(a);
    }

    public void advanceTo(long nowNanos) {
        long linger = timers.lingerNanos();
        for (CallAttempt a : awaiting.expire(nowNanos, x -> x.lastTransmissionNanos() + linger)) {
            abandon(a, a.lastTransmissionNanos() + linger);
        }
    }

    /** Ends every open attempt; call after the transaction tracker has released its transactions. */
    public void finish(long endNanos) {
        advanceTo(endNanos);
        for (CallAttempt a : awaiting.drain()) {
            abandon(a, endNanos);
        }
        List<CallAttempt> open = new ArrayList<>(inFlight.values());
        inFlight.clear();
        open.sort((x, y) -> Long.compare(x.startNanos(), y.startNanos()));
        for (CallAttempt a : open) {
            end(a, CallAttempt.Outcome.UNFINISHED, 0, endNanos);
        }
    }

    private void abandon(CallAttempt a, long nanos) {
        int s = a.pendingStatus();
        end(a, s >= 300 && s < 400 ? CallAttempt.Outcome.REDIRECTED : CallAttempt.Outcome.CHALLENGE_ABANDONED, s, nanos);
    }

    public int live() {
        return inFlight.size() + awaiting.size();
    }
}
