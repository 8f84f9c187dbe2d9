package org.persistlab.analyzer.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.analyzer.track.RegistrationAttempt.State.AWAITING_RESEND;
import static org.persistlab.analyzer.track.RegistrationAttempt.State.ENDED;
import static org.persistlab.analyzer.track.RegistrationAttempt.State.REGISTERING;
import static org.persistlab.analyzer.track.Sip.MS;
import static org.persistlab.analyzer.track.Sip.S;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.SipMessage;

class RegistrationTrackerTest {
    private static final String PHONE = "10.0.0.1:5060";
    private static final String REGISTRAR = "192.0.2.1:5060";
    private static final String AOR = "201@example.com";

    private static List<RegistrationAttempt.State> path(RegistrationAttempt a) {
        List<RegistrationAttempt.State> out = new ArrayList<>();
        a.transitions().forEach(t -> out.add(t.to()));
        return out;
    }

    @Test
    void theChallengeRoundIsInsideOneAttemptAndItsDelay() {
        Sip.Script w = new Sip.Script();
        SipMessage r1 = Sip.register(AOR, "z9hG4bK-1", "reg", 1, PHONE);
        w.send(0, PHONE, REGISTRAR, r1);
        w.send(12 * MS, REGISTRAR, PHONE, Sip.response(r1, 401, "s"));
        SipMessage r2 = Sip.register(AOR, "z9hG4bK-2", "reg", 2, PHONE);
        w.send(30 * MS, PHONE, REGISTRAR, r2);
        w.send(47 * MS, REGISTRAR, PHONE, Sip.response(r2, 200, "s"));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        assertThat(t.registrations).hasSize(1);
        RegistrationAttempt a = t.registrations.get(0);
        assertThat(a.outcome()).isEqualTo(RegistrationAttempt.Outcome.SUCCEEDED);
        assertThat(path(a)).containsExactly(REGISTERING, AWAITING_RESEND, REGISTERING, ENDED);
        assertThat(a.challenges()).isEqualTo(1);
        assertThat(a.registrationDelayNanos()).isEqualTo(47 * MS);
        assertThat(a.key()).isEqualTo(new AorKey(AOR, Sip.ep("10.0.0.1")));
    }

    @Test
    void noFinalResponseFails64T1AfterTheLastTransmission() {
        Sip.Script w = new Sip.Script();
        SipMessage r = Sip.register(AOR, "z9hG4bK-1", "reg", 1, PHONE);
        w.send(0, PHONE, REGISTRAR, r);
        w.send(500 * MS, PHONE, REGISTRAR, r);
        w.send(600 * MS, REGISTRAR, PHONE, Sip.response(r, 100, null));
        w.send(1500 * MS, PHONE, REGISTRAR, r);
        Trackers t = new Trackers().run(w.events(), 100 * S);

        RegistrationAttempt a = t.registrations.get(0);
        assertThat(a.outcome()).isEqualTo(RegistrationAttempt.Outcome.TIMED_OUT);
        assertThat(a.endNanos()).isEqualTo(1500 * MS + 32 * S);
        assertThat(a.registrationDelayNanos()).isEqualTo(Transaction.NONE);
    }

    @Test
    void aNewRegisterBeforeAnyFinalEndsThePreviousAttemptAsTimedOut() {
        Sip.Script w = new Sip.Script();
        SipMessage r1 = Sip.register(AOR, "z9hG4bK-1", "reg", 1, PHONE);
        w.send(0, PHONE, REGISTRAR, r1);
        SipMessage r2 = Sip.register(AOR, "z9hG4bK-2", "reg", 2, PHONE);
        w.send(20 * S, PHONE, "192.0.2.99:5060", r2);
        w.send(20 * S + 9 * MS, "192.0.2.99:5060", PHONE, Sip.response(r2, 200, "g"));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        assertThat(t.registrations).hasSize(2);
        assertThat(t.registrations.get(0).outcome()).isEqualTo(RegistrationAttempt.Outcome.TIMED_OUT);
        assertThat(t.registrations.get(0).endNanos()).isEqualTo(20 * S);
        assertThat(t.registrations.get(1).outcome()).isEqualTo(RegistrationAttempt.Outcome.SUCCEEDED);
        assertThat(t.registrations.get(1).registrar()).isEqualTo(Sip.ep("192.0.2.99:5060"));
        assertThat(t.registrations.get(1).registrationDelayNanos()).isEqualTo(9 * MS);
    }

    @Test
    void aChallengeNotFollowedByAnotherRegisterIsAbandoned() {
        Sip.Script w = new Sip.Script();
        SipMessage r1 = Sip.register(AOR, "z9hG4bK-1", "reg", 1, PHONE);
        w.send(0, PHONE, REGISTRAR, r1);
        w.send(10 * MS, REGISTRAR, PHONE, Sip.response(r1, 407, "s"));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        RegistrationAttempt a = t.registrations.get(0);
        assertThat(a.outcome()).isEqualTo(RegistrationAttempt.Outcome.ABANDONED);
        assertThat(a.finalStatus()).isEqualTo(407);
        assertThat(a.endNanos()).isEqualTo(32 * S);
    }

    @Test
    void a423IsAFailureFinalPerRfc6076AndTheRetryIsANewAttempt() {
        Sip.Script w = new Sip.Script();
        SipMessage r1 = Sip.register(AOR, "z9hG4bK-1", "reg", 1, PHONE);
        w.send(0, PHONE, REGISTRAR, r1);
        w.send(10 * MS, REGISTRAR, PHONE, Sip.response(r1, 423, "s", "Min-Expires: 7200"));
        SipMessage r2 = Sip.register(AOR, "z9hG4bK-2", "reg", 2, PHONE);
        w.send(20 * MS, PHONE, REGISTRAR, r2);
        w.send(30 * MS, REGISTRAR, PHONE, Sip.response(r2, 200, "s"));
        Trackers t = new Trackers().run(w.events(), 100 * S);

        assertThat(t.registrations).extracting(RegistrationAttempt::outcome).containsExactly(
                RegistrationAttempt.Outcome.REJECTED, RegistrationAttempt.Outcome.SUCCEEDED);
        assertThat(t.registrations.get(1).registrationDelayNanos()).isEqualTo(10 * MS);
    }

    @Test
    void anAttemptStillWaitingAtTheEndIsUnfinished() {
        Sip.Script w = new Sip.Script();
        w.send(0, PHONE, REGISTRAR, Sip.register(AOR, "z9hG4bK-1", "reg", 1, PHONE));
        Trackers t = new Trackers().run(w.events(), 5 * S);

        assertThat(t.registrations.get(0).outcome()).isEqualTo(RegistrationAttempt.Outcome.UNFINISHED);
        assertThat(t.live()).isZero();
    }
}
