package org.persistlab.analyzer.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.analyzer.track.Sip.MS;
import static org.persistlab.analyzer.track.Sip.S;
import static org.persistlab.analyzer.track.Sip.US;
import static org.persistlab.analyzer.track.TransactionState.CALLING;
import static org.persistlab.analyzer.track.TransactionState.COMPLETED;
import static org.persistlab.analyzer.track.TransactionState.CONFIRMED;
import static org.persistlab.analyzer.track.TransactionState.INITIAL;
import static org.persistlab.analyzer.track.TransactionState.PROCEEDING;
import static org.persistlab.analyzer.track.TransactionState.ACCEPTED;
import static org.persistlab.analyzer.track.TransactionState.SENT;
import static org.persistlab.analyzer.track.TransactionState.TERMINATED;
import static org.persistlab.analyzer.track.TransactionState.TIMED_OUT;
import static org.persistlab.analyzer.track.TransactionState.TRYING;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.WireEvent;

class TransactionTrackerTest {
    private static final String PHONE = "10.0.0.1:5060";
    private static final String SERVER = "192.0.2.1:5060";

    /** Records what the tracker reports, in order. */
    static final class Recorder implements TransactionListener {
        final List<String> log = new ArrayList<>();
        final List<Transaction> closed = new ArrayList<>();

        @Override
        public void request(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
            log.add((retransmission ? "re " : "") + e.message().method() + "@" + e.timeNanos());
        }

        @Override
        public void response(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
            log.add((retransmission ? "re " : "") + f.status() + "@" + e.timeNanos());
        }

        @Override
        public void closed(Transaction t) {
            closed.add(t);
        }

        Transaction only() {
            assertThat(closed).hasSize(1);
            return closed.get(0);
        }
    }

    private final Recorder recorder = new Recorder();
    private final TransactionTracker tracker = new TransactionTracker(TrackTimers.defaults(), recorder);

    private void feed(List<WireEvent> events, long endNanos) {
        for (WireEvent e : events) {
            tracker.advanceTo(e.timeNanos());
            tracker.accept(e, MessageFacts.of(e.message()));
        }
        tracker.finish(endNanos);
    }

    private static List<TransactionState> path(Transaction t) {
        List<TransactionState> out = new ArrayList<>();
        out.add(t.transitions().get(0).from());
        t.transitions().forEach(tr -> out.add(tr.to()));
        return out;
    }

    @Test
    void nonInviteRetransmissionsAreRecognisedAndCountedOnce() {
        Sip.Script w = new Sip.Script();
        SipMessage options = Sip.request("OPTIONS").branch("z9hG4bK-o1").build();
        w.send(0, PHONE, SERVER, options);
        w.send(500 * MS, PHONE, SERVER, options);
        w.send(1500 * MS, PHONE, SERVER, options);
        SipMessage ok = Sip.response(options, 200, "srv");
        w.send(1501 * MS, SERVER, PHONE, ok);
        w.send(1502 * MS, SERVER, PHONE, ok);
        feed(w.events(), 100 * S);

        Transaction t = recorder.only();
        assertThat(path(t)).containsExactly(INITIAL, TRYING, COMPLETED, TERMINATED);
        assertThat(t.transmissions()).isEqualTo(3);
        assertThat(t.firstTransmissionNanos()).isZero();
        assertThat(t.lastTransmissionNanos()).isEqualTo(1500 * MS);
        assertThat(t.finalNanos()).isEqualTo(1501 * MS);
        assertThat(tracker.retransmissions()).isEqualTo(3);
        // released 64*T1 = 32 s after its last message, not at the end of the input
        assertThat(t.transitions().get(2).timeNanos()).isEqualTo(1502 * MS + 32 * S);
        assertThat(recorder.log).containsExactly("OPTIONS@0", "re OPTIONS@500000000", "re OPTIONS@1500000000",
                "200@1501000000", "re 200@1502000000");
    }

    @Test
    void inviteRejectedThenAckedFollowsTheRfc3261ClientPathAndTheAckJoinsTheInvite() {
        Sip.Script w = new Sip.Script();
        SipMessage invite = Sip.invite("c1", "a1", "z9hG4bK-i1", 1, PHONE);
        w.send(0, PHONE, SERVER, invite);
        w.send(10 * MS, SERVER, PHONE, Sip.response(invite, 100, null));
        w.send(20 * MS, SERVER, PHONE, Sip.response(invite, 180, "b1"));
        w.send(900 * MS, SERVER, PHONE, Sip.response(invite, 486, "b1"));
        w.send(901 * MS, PHONE, SERVER, Sip.ackOf(invite, "b1"));
        feed(w.events(), 100 * S);

        Transaction t = recorder.only();
        assertThat(path(t)).containsExactly(INITIAL, CALLING, PROCEEDING, COMPLETED, CONFIRMED, TERMINATED);
        assertThat(t.transitions().get(3).timeNanos()).isEqualTo(901 * MS);
        assertThat(t.finalStatus()).isEqualTo(486);
        assertThat(t.timedOut()).isFalse();
    }

    @Test
    void theAckOfA2xxIsItsOwnTransactionThatExpectsNoResponse() {
        Sip.Script w = new Sip.Script();
        SipMessage invite = Sip.invite("c1", "a1", "z9hG4bK-i1", 1, PHONE);
        w.send(0, PHONE, SERVER, invite);
        w.send(50 * MS, SERVER, PHONE, Sip.response(invite, 200, "b1"));
        w.send(51 * MS, PHONE, SERVER, Sip.ack2xx(invite, "z9hG4bK-ack", "b1"));
        feed(w.events(), 100 * S);

        assertThat(recorder.closed).hasSize(2);
        Transaction inv = recorder.closed.stream().filter(Transaction::isInvite).findFirst().orElseThrow();
        Transaction ack = recorder.closed.stream().filter(x -> !x.isInvite()).findFirst().orElseThrow();
        assertThat(path(inv)).containsExactly(INITIAL, CALLING, ACCEPTED, TERMINATED);
        assertThat(path(ack)).containsExactly(INITIAL, SENT, TERMINATED);
        assertThat(ack.timedOut()).isFalse();
    }

    @Test
    void cancelIsItsOwnTransactionWithTheInvitesBranch() {
        Sip.Script w = new Sip.Script();
        SipMessage invite = Sip.invite("c1", "a1", "z9hG4bK-i1", 1, PHONE);
        w.send(0, PHONE, SERVER, invite);
        w.send(10 * MS, SERVER, PHONE, Sip.response(invite, 180, "b1"));
        SipMessage cancel = Sip.cancelOf(invite);
        w.send(2 * S, PHONE, SERVER, cancel);
        w.send(2 * S + 5 * MS, SERVER, PHONE, Sip.response(cancel, 200, "b1"));
        w.send(2 * S + 6 * MS, SERVER, PHONE, Sip.response(invite, 487, "b1"));
        w.send(2 * S + 7 * MS, PHONE, SERVER, Sip.ackOf(invite, "b1"));
        feed(w.events(), 100 * S);

        assertThat(recorder.closed).hasSize(2);
        Transaction inv = recorder.closed.stream().filter(Transaction::isInvite).findFirst().orElseThrow();
        Transaction can = recorder.closed.stream().filter(x -> !x.isInvite()).findFirst().orElseThrow();
        assertThat(can.method()).isEqualTo("CANCEL");
        assertThat(can.key().branch()).isEqualTo(inv.key().branch());
        assertThat(can.finalStatus()).isEqualTo(200);
        assertThat(inv.finalStatus()).isEqualTo(487);
        assertThat(path(inv)).containsExactly(INITIAL, CALLING, PROCEEDING, COMPLETED, CONFIRMED, TERMINATED);
    }

    @Test
    void aResponseThatArrivesBeforeItsRequestIsReplayedAfterIt() {
        Sip.Script w = new Sip.Script();
        SipMessage reg = Sip.register("alice@example.com", "z9hG4bK-r1", "r1", 1, PHONE);
        // the 200 was stamped 3 us before the REGISTER by another capture point
        w.send(1000 * US - 3 * US, SERVER, PHONE, Sip.response(reg, 200, "s1"));
        w.send(1000 * US, PHONE, SERVER, reg);
        feed(w.events(), 100 * S);

        assertThat(recorder.log).containsExactly("REGISTER@1000000", "200@997000");
        Transaction t = recorder.only();
        assertThat(path(t)).containsExactly(INITIAL, TRYING, COMPLETED, TERMINATED);
        assertThat(t.finalNanos() - t.firstTransmissionNanos()).isEqualTo(-3 * US);
        assertThat(tracker.retransmissions()).isZero();
    }

    @Test
    void aResponseWhoseRequestNeverCameOnlyMovesTheState() {
        Sip.Script w = new Sip.Script();
        SipMessage reg = Sip.register("alice@example.com", "z9hG4bK-r1", "r1", 1, PHONE);
        w.send(0, SERVER, PHONE, Sip.response(reg, 200, "s1"));
        feed(w.events(), 100 * S);

        assertThat(recorder.log).isEmpty();
        Transaction t = recorder.only();
        assertThat(t.requestSeen()).isFalse();
        assertThat(path(t)).containsExactly(INITIAL, COMPLETED, TERMINATED);
    }

    @Test
    void anUnansweredRequestTimesOutAtTimerFAfterItsFirstTransmission() {
        Sip.Script w = new Sip.Script();
        SipMessage reg = Sip.register("alice@example.com", "z9hG4bK-r1", "r1", 1, PHONE);
        long[] schedule = {0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500};
        for (long ms : schedule) {
            w.send(ms * MS, PHONE, SERVER, reg);
        }
        feed(w.events(), 200 * S);

        Transaction t = recorder.only();
        assertThat(t.transmissions()).isEqualTo(11);
        assertThat(path(t)).containsExactly(INITIAL, TRYING, TIMED_OUT, TERMINATED);
        assertThat(t.transitions().get(1).timeNanos()).isEqualTo(32 * S);
        assertThat(t.transitions().get(1).cause()).isEqualTo("Timer F");
        assertThat(t.transitions().get(2).timeNanos()).isEqualTo(31500 * MS + 32 * S);
    }

    @Test
    void aRingingInviteIsNotReleasedAfter32SecondsOfSilence() {
        Sip.Script w = new Sip.Script();
        SipMessage invite = Sip.invite("c1", "a1", "z9hG4bK-i1", 1, PHONE);
        w.send(0, PHONE, SERVER, invite);
        w.send(10 * MS, SERVER, PHONE, Sip.response(invite, 180, "b1"));
        w.send(70 * S, SERVER, PHONE, Sip.response(invite, 200, "b1"));
        feed(w.events(), 200 * S);

        Transaction t = recorder.only();
        assertThat(t.finalStatus()).isEqualTo(200);
        assertThat(path(t)).containsExactly(INITIAL, CALLING, PROCEEDING, ACCEPTED, TERMINATED);
    }

    @Test
    void theFallbackKeyWithoutMagicCookieSeparatesCallsThatReuseABranch() {
        Sip.Script w = new Sip.Script();
        SipMessage a = Sip.request("OPTIONS").branch("1").callId("x").build();
        SipMessage b = Sip.request("OPTIONS").branch("1").callId("y").build();
        SipMessage noBranch = Sip.request("OPTIONS").branch(null).callId("z").build();
        w.send(0, PHONE, SERVER, a);
        w.send(1 * MS, PHONE, SERVER, b);
        w.send(2 * MS, PHONE, SERVER, noBranch);
        w.send(3 * MS, SERVER, PHONE, Sip.response(b, 200, "s"));
        w.send(4 * MS, SERVER, PHONE, Sip.response(noBranch, 200, "s"));
        feed(w.events(), 100 * S);

        assertThat(recorder.closed).hasSize(3);
        assertThat(recorder.closed).allMatch(t -> t.key().rfc2543());
        assertThat(recorder.closed.stream().filter(Transaction::answered).count()).isEqualTo(2);
        assertThat(tracker.retransmissions()).isZero();
    }

    @Test
    void theSameRequestSeenInAnotherDirectionIsACopyNotARetransmission() {
        Sip.Script w = new Sip.Script();
        SipMessage options = Sip.request("OPTIONS").branch("z9hG4bK-o1").build();
        w.send(0, PHONE, SERVER, options);
        w.send(20 * US, "10.9.9.9:5060", SERVER, options);
        feed(w.events(), 100 * S);

        assertThat(recorder.only().transmissions()).isEqualTo(1);
        assertThat(tracker.retransmissions()).isZero();
        assertThat(tracker.copies()).isEqualTo(1);
    }

    @Test
    void everyTransactionIsReleasedSoNothingStaysLive() {
        Sip.Script w = new Sip.Script();
        for (int i = 0; i < 100; i++) {
            SipMessage o = Sip.request("OPTIONS").branch("z9hG4bK-" + i).build();
            w.send(i * S, PHONE, SERVER, o);
            w.send(i * S + MS, SERVER, PHONE, Sip.response(o, 200, "s"));
        }
        List<WireEvent> events = w.events();
        int maxLive = 0;
        for (WireEvent e : events) {
            tracker.advanceTo(e.timeNanos());
            tracker.accept(e, MessageFacts.of(e.message()));
            maxLive = Math.max(maxLive, tracker.live());
        }
        // one per second, each kept 32 s after its last message
        assertThat(maxLive).isEqualTo(33);
        tracker.finish(1000 * S);
        assertThat(tracker.live()).isZero();
        assertThat(recorder.closed).hasSize(100);
    }
}
