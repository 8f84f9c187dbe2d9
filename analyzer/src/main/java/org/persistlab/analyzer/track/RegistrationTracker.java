package org.persistlab.analyzer.track;

import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.persistlab.sip.WireEvent;

/**
 * Follows registration attempts per {@link AorKey} over REGISTER transactions.
 *
 * <p>An attempt starts with a REGISTER for an AoR that has no attempt in progress. A 401/407 (the
 * challenge round), a 402 or a 3xx leaves it waiting for the next REGISTER, which continues it
 * (RFC 6076 §5.3: authentication is part of the measured time). It ends with a 2xx (success), a
 * failure final (4xx except 401, 402 and 407; 5xx; 6xx), or no final response within 64*T1 (Timer F)
 * of its last REGISTER transmission: decided when capture time passes that point, when the same host
 * sends a new REGISTER transaction for the AoR first (RFC 3261 §10.2: a UA sends no new REGISTER
 * before the previous one got a final response or timed out), or at the end of the input.
 * Retransmissions count only as transmissions; responses to earlier transactions of the attempt and
 * repeated responses are ignored.
 *
 * <p>Bounded state: an attempt is released as soon as it ends.
 */
public final class RegistrationTracker implements TransactionListener {
    private final TrackTimers timers;
    private final Consumer<RegistrationAttempt> ended;
    private final IdleIndex<AorKey, RegistrationAttempt> live = new IdleIndex<>();
    private final ToLongFunction<RegistrationAttempt> timerF;

    /** @param ended told of every attempt as it ends */
    public RegistrationTracker(TrackTimers timers, Consumer<RegistrationAttempt> ended) {
        this.timers = timers;
        this.ended = ended;
        long linger = timers.lingerNanos();
        this.timerF = a -> a.lastTransmissionNanos() + linger;
    }

    @Override
    public void request(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
        if (!f.isMethod(MessageFacts.REGISTER) || f.registerAor() == null) {
            return;
        }
        AorKey key = new AorKey(f.registerAor(), e.src().host());
        RegistrationAttempt a = live.get(key);
        if (retransmission) {
            if (a != null && a.current() == t) {
                a.transmitted(e.timeNanos());
                live.touch(a);
            }
            return;
        }
        if (a != null && a.current() != t) {
            if (a.awaitingResend()) {
                a.resend(t, e.timeNanos());
            } else {
                long timer = a.lastTransmissionNanos() + timers.lingerNanos();
                end(a, RegistrationAttempt.Outcome.TIMED_OUT, 0, Math.min(timer, e.timeNanos()),
                        "new REGISTER");
                a = null;
            }
        }
        if (a == null) {
            a = new RegistrationAttempt(key, e.dst(), t, e.timeNanos());
        }
        live.touch(a);
    }

    @Override
    public void response(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
        int status = f.status();
        if (retransmission || status < 200 || !f.isMethod(MessageFacts.REGISTER) || f.registerAor() == null) {
            return;
        }
        AorKey key = new AorKey(f.registerAor(), e.dst().host());
        RegistrationAttempt a = live.get(key);
        if (a == null || a.current() != t) {
            return;
        }
        String cause = Integer.toString(status);
        if (status < 300) {
            end(a, RegistrationAttempt.Outcome.SUCCEEDED, status, e.timeNanos(), cause);
        } else if (status < 400 || status == 401 || status == 402 || status == 407) {
            a.awaitResend(status, e.timeNanos());
        } else {
            end(a, RegistrationAttempt.Outcome.REJECTED, status, e.timeNanos(), cause);
        }
    }

    public void advanceTo(long nowNanos) {
        RegistrationAttempt a;
        while ((a = live.pollExpired(nowNanos, timerF)) != null) {
            timeOut(a, timerF.applyAsLong(a));
        }
    }

    /** Ends every open attempt: those past their timer as timed out, the rest as unfinished. */
    public void finish(long endNanos) {
        advanceTo(endNanos);
        for (RegistrationAttempt a : live.drain()) {
            a.end(RegistrationAttempt.Outcome.UNFINISHED, a.pendingStatus(), endNanos, "end of input");
            ended.accept(a);
        }
    }

    private void timeOut(RegistrationAttempt a, long nanos) {
        if (a.awaitingResend()) {
            a.end(RegistrationAttempt.Outcome.ABANDONED, a.pendingStatus(), nanos, "no REGISTER after "
                    + a.pendingStatus());
        } else {
            a.end(RegistrationAttempt.Outcome.TIMED_OUT, 0, nanos, "Timer F");
        }
        ended.accept(a);
    }

    private void end(RegistrationAttempt a, RegistrationAttempt.Outcome how, int status, long nanos, String cause) {
        live.remove(a.key());
        a.end(how, status, nanos, cause);
        ended.accept(a);
    }

    public int live() {
        return live.size();
    }
}
