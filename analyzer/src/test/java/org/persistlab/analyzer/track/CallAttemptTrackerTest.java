package org.persistlab.analyzer.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.analyzer.track.Sip.MS;
import static org.persistlab.analyzer.track.Sip.S;

import org.junit.jupiter.api.Test;
import org.persistlab.sip.SipMessage;

class CallAttemptTrackerTest {
    private static final String A = "10.0.0.1:5060";
    private static final String PROXY = "192.0.2.1:5060";
    private static final String B = "10.0.0.2:5060";

    @Test
    void aChallengedInviteAndItsCredentialedResendAreOneAttemptFromTheFirstInvite() {
        Sip.Script w = new Sip.Script();
        SipMessage i1 = Sip.invite("c1", "a1", "z9hG4bK-1", 1, A);
        w.send(0, A, PROXY, i1);
        w.send(5 * MS, PROXY, A, Sip.response(i1, 407, "p"));
        w.send(6 * MS, A, PROXY, Sip.ackOf(i1, "p"));
        SipMessage i2 = Sip.invite("c1", "a1", "z9hG4bK-2", 2, A);
        w.send(20 * MS, A, PROXY, i2);
        w.send(40 * MS, PROXY, A, Sip.response(i2, 180, "b"));
        w.send(2 * S, PROXY, A, Sip.response(i2, 200, "b"));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        assertThat(t.calls).hasSize(1);
        CallAttempt a = t.calls.get(0);
        assertThat(a.outcome()).isEqualTo(CallAttempt.Outcome.ANSWERED);
        assertThat(a.challenges()).isEqualTo(1);
        assertThat(a.startNanos()).isZero();
        assertThat(a.firstProvisionalNanos()).isEqualTo(40 * MS);
        assertThat(a.endNanos()).isEqualTo(2 * S);
    }

    @Test
    void theProxysLegOfTheSameCallIsNotASecondAttempt() {
        Sip.Script w = new Sip.Script();
        SipMessage leg1 = Sip.invite("c1", "a1", "z9hG4bK-1", 1, A);
        w.send(0, A, PROXY, leg1);
        SipMessage leg2 = Sip.invite("c1", "a1", "z9hG4bK-p1", 1, "192.0.2.1:5060");
        w.send(2 * MS, PROXY, B, leg2);
        w.send(10 * MS, B, PROXY, Sip.response(leg2, 486, "b"));
        w.send(12 * MS, PROXY, A, Sip.response(leg1, 486, "b"));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        assertThat(t.calls).hasSize(1);
        // measured at the originating UA: the 486 as it reached the caller
        assertThat(t.calls.get(0).endNanos()).isEqualTo(12 * MS);
        assertThat(t.calls.get(0).outcome()).isEqualTo(CallAttempt.Outcome.FAILED);
    }

    @Test
    void aReInviteIsNotAnAttempt() {
        Sip.Script w = new Sip.Script();
        SipMessage reinvite = Sip.request("INVITE").from("alice@example.com", "a1").to("bob@example.com")
                .toTag("b1").callId("c1").branch("z9hG4bK-re").cseq(5).via(A).build();
        w.send(0, A, B, reinvite);
        w.send(10 * MS, B, A, Sip.response(reinvite, 200, null));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        assertThat(t.calls).isEmpty();
    }

    @Test
    void a200ThatCrossesTheCancelAnswersTheCall() {
        Sip.Script w = new Sip.Script();
        SipMessage invite = Sip.invite("c1", "a1", "z9hG4bK-1", 1, A);
        w.send(0, A, B, invite);
        w.send(10 * MS, B, A, Sip.response(invite, 180, "b"));
        SipMessage cancel = Sip.cancelOf(invite);
        w.send(5 * S, A, B, cancel);
        w.send(5 * S + 1 * MS, B, A, Sip.response(invite, 200, "b"));
        w.send(5 * S + 2 * MS, B, A, Sip.response(cancel, 481, null));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        CallAttempt a = t.calls.get(0);
        assertThat(a.cancelled()).isTrue();
        assertThat(a.outcome()).isEqualTo(CallAttempt.Outcome.ANSWERED);
    }

    @Test
    void anInviteWithNoResponseAtAllTimesOutAtTimerB() {
        Sip.Script w = new Sip.Script();
        SipMessage invite = Sip.invite("c1", "a1", "z9hG4bK-1", 1, A);
        for (long ms : new long[] {0, 500, 1500, 3500, 7500, 15500, 31500}) {
            w.send(ms * MS, A, B, invite);
        }
        Trackers t = new Trackers().run(w.events(), 200 * S);

        CallAttempt a = t.calls.get(0);
        assertThat(a.outcome()).isEqualTo(CallAttempt.Outcome.TIMED_OUT);
        assertThat(a.endNanos()).isEqualTo(32 * S);
        assertThat(t.live()).isZero();
    }

    @Test
    void anInviteThatGotOnlyATryingDoesNotTimeOutButStaysUnfinished() {
        Sip.Script w = new Sip.Script();
        SipMessage invite = Sip.invite("c1", "a1", "z9hG4bK-1", 1, A);
        w.send(0, A, B, invite);
        w.send(5 * MS, B, A, Sip.response(invite, 100, null));
        Trackers t = new Trackers().run(w.events(), 200 * S);

        assertThat(t.calls.get(0).outcome()).isEqualTo(CallAttempt.Outcome.UNFINISHED);
    }
}
