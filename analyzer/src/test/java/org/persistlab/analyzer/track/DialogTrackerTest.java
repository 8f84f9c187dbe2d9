package org.persistlab.analyzer.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.analyzer.track.DialogState.CONFIRMED;
import static org.persistlab.analyzer.track.DialogState.EARLY;
import static org.persistlab.analyzer.track.DialogState.TERMINATED;
import static org.persistlab.analyzer.track.DialogState.TERMINATING;
import static org.persistlab.analyzer.track.Sip.MS;
import static org.persistlab.analyzer.track.Sip.S;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.SipMessage;

class DialogTrackerTest {
    private static final String A = "10.0.0.1:5060";
    private static final String B = "192.0.2.1:5060";

    private static List<DialogState> path(Dialog d) {
        List<DialogState> out = new ArrayList<>();
        d.transitions().forEach(t -> out.add(t.to()));
        return out;
    }

    /** INVITE, 180, 200, ACK at t=0..; returns the INVITE. */
    private static SipMessage answeredCall(Sip.Script w, long t0) {
        SipMessage invite = Sip.invite("c1", "a1", "z9hG4bK-i1", 1, A);
        w.send(t0, A, B, invite);
        w.send(t0 + 20 * MS, B, A, Sip.response(invite, 180, "b1"));
        w.send(t0 + 3 * S, B, A, Sip.response(invite, 200, "b1"));
        w.send(t0 + 3 * S + MS, A, B, Sip.ack2xx(invite, "z9hG4bK-ack", "b1"));
        return invite;
    }

    private static SipMessage byeFromCallee(String branch, long cseq) {
        // the callee's BYE: From and To swapped, so the tags are swapped too
        return Sip.request("BYE").from("bob@example.com", "b1").to("alice@example.com").toTag("a1")
                .callId("c1").branch(branch).cseq(cseq).via(B).build();
    }

    @Test
    void aCallEndedByTheCalleeIsCompletedWithItsDisconnectDelay() {
        Sip.Script w = new Sip.Script();
        answeredCall(w, 0);
        SipMessage bye = byeFromCallee("z9hG4bK-bye", 1);
        w.send(60 * S, B, A, bye);
        w.send(60 * S + 500 * MS, B, A, bye);
        w.send(60 * S + 520 * MS, A, B, Sip.response(bye, 200, null));
        Trackers t = new Trackers().run(w.events(), 200 * S);

        assertThat(t.dialogs).hasSize(1);
        Dialog d = t.dialogs.get(0);
        assertThat(path(d)).containsExactly(EARLY, CONFIRMED, TERMINATING, TERMINATED);
        assertThat(d.transitions().get(3).timeNanos()).isEqualTo(60 * S + 520 * MS);
        assertThat(d.completed()).isTrue();
        // SDD from the BYE's first transmission, its retransmission not restarting it
        assertThat(d.disconnectNanos()).isEqualTo(520 * MS);
        assertThat(t.live()).isZero();
    }

    @Test
    void aBye503WithRetryAfterIsNotTheEndAndTheRetriedByeEndsTheDisconnect() {
        Sip.Script w = new Sip.Script();
        answeredCall(w, 0);
        SipMessage bye1 = byeFromCallee("z9hG4bK-bye1", 1);
        w.send(10 * S, B, A, bye1);
        w.send(10 * S + 5 * MS, A, B, Sip.response(bye1, 503, null, "Retry-After: 2"));
        SipMessage bye2 = byeFromCallee("z9hG4bK-bye2", 2);
        w.send(12 * S, B, A, bye2);
        w.send(12 * S + 7 * MS, A, B, Sip.response(bye2, 200, null));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        Dialog d = t.dialogs.get(0);
        assertThat(d.completed()).isTrue();
        assertThat(d.disconnectNanos()).isEqualTo(2 * S + 7 * MS);
    }

    @Test
    void aByeThatTimesOutEndsTheDialogAsNotCompletedWithoutDisconnectDelay() {
        Sip.Script w = new Sip.Script();
        answeredCall(w, 0);
        SipMessage bye = byeFromCallee("z9hG4bK-bye", 1);
        w.send(10 * S, B, A, bye);
        Trackers t = new Trackers().run(w.events(), 100 * S);

        Dialog d = t.dialogs.get(0);
        assertThat(path(d)).containsExactly(EARLY, CONFIRMED, TERMINATING, TERMINATED);
        assertThat(d.transitions().get(3).cause()).isEqualTo("BYE timed out");
        assertThat(d.completed()).isFalse();
        assertThat(d.disconnectNanos()).isEqualTo(Transaction.NONE);
    }

    @Test
    void anEarlyDialogEndsWithTheInvitesFailureFinal() {
        Sip.Script w = new Sip.Script();
        SipMessage invite = Sip.invite("c1", "a1", "z9hG4bK-i1", 1, A);
        w.send(0, A, B, invite);
        w.send(20 * MS, B, A, Sip.response(invite, 180, "b1"));
        w.send(5 * S, B, A, Sip.response(invite, 486, "b1"));
        w.send(5 * S + MS, A, B, Sip.ackOf(invite, "b1"));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        Dialog d = t.dialogs.get(0);
        assertThat(path(d)).containsExactly(EARLY, TERMINATED);
        assertThat(d.transitions().get(1).cause()).isEqualTo("486");
        assertThat(d.wasConfirmed()).isFalse();
        assertThat(d.completed()).isFalse();
    }

    @Test
    void aByeForADialogThatBeganBeforeTheCaptureGivesAnSddButNoCompletedSession() {
        Sip.Script w = new Sip.Script();
        SipMessage bye = byeFromCallee("z9hG4bK-bye", 7);
        w.send(0, B, A, bye);
        w.send(30 * MS, A, B, Sip.response(bye, 200, null));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        Dialog d = t.dialogs.get(0);
        assertThat(d.initial()).isFalse();
        assertThat(d.completed()).isFalse();
        assertThat(d.disconnectNanos()).isEqualTo(30 * MS);
    }

    @Test
    void aConfirmedDialogWithoutByeIsReleasedAfterTheIdleTimeout() {
        Sip.Script w = new Sip.Script();
        answeredCall(w, 0);
        long idle = TrackTimers.defaults().dialogIdleNanos();
        SipMessage options = Sip.request("OPTIONS").branch("z9hG4bK-late").build();
        w.send(idle + 10 * S, A, B, options);
        Trackers t = new Trackers();
        t.run(w.events(), idle + 20 * S);

        Dialog d = t.dialogs.get(0);
        assertThat(path(d)).containsExactly(EARLY, CONFIRMED, TERMINATED);
        // released when capture time passed last activity (the ACK) + idle, not at the end
        assertThat(d.transitions().get(2).timeNanos()).isEqualTo(3 * S + MS + idle);
        assertThat(d.transitions().get(2).cause()).isEqualTo("idle");
    }
}
