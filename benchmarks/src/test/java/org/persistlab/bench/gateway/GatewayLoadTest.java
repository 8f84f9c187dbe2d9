package org.persistlab.bench.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sim.gateway.GatewayEvent.CallEndCause;
import org.persistlab.sim.gateway.GatewayEvent.CallKind;
import org.persistlab.sim.gateway.GatewayEvent.RefusalReason;
import org.persistlab.sip.SipMessage;

/** What the gateway benchmarks time is the work they claim: every registration and call succeeds. */
class GatewayLoadTest {
    @Test
    void everyRegistrationIsChallengedThenAccepted() {
        RegistrationLoad load = new RegistrationLoad();
        long challengesBefore = load.counters().challengesSent();
        int ops = 3 * RegistrationLoad.USERS + 7;
        for (int i = 0; i < ops; i++) {
            load.registerNext();
        }
        assertThat(load.counters().challengesSent() - challengesBefore).isEqualTo(ops);
        assertThat(load.counters().registrationsAccepted()).isEqualTo(ops);
        for (RefusalReason r : RefusalReason.values()) {
            assertThat(load.counters().registrationsRefused(r)).as(r.name()).isZero();
        }
        assertThat(load.sent()).as("a 401 and a 200 per registration").isEqualTo(2L * ops);
        assertThat(load.counters().bindings()).isEqualTo(RegistrationLoad.USERS);
    }

    @Test
    void everyCallIsRoutedAnsweredAndClearedAndNothingPilesUp() {
        CallLoad load = new CallLoad();
        int ops = 2_000;
        for (int i = 0; i < ops; i++) {
            load.callOnce();
        }
        assertThat(load.counters().callsRouted(CallKind.INTERNAL)).isEqualTo(ops + 1);
        assertThat(load.counters().callsAnswered()).isEqualTo(ops + 1);
        assertThat(load.counters().callsEnded(CallEndCause.BYE)).isEqualTo(ops + 1);
        assertThat(load.counters().unmatchedResponses()).isZero();
        assertThat(load.counters().badRequests()).isZero();
        assertThat(load.callsHeld()).as("only the last call lingers").isLessThanOrEqualTo(1);
    }

    @Test
    void theCallsMessagesAreTheSixAGatewayReceives() {
        List<String> firstLines = new CallLoad().requestsAndAnswers().stream()
                .map(b -> SipMessage.parse(b).startLine()).toList();
        assertThat(firstLines).hasSize(6);
        assertThat(firstLines.get(0)).startsWith("INVITE sip:2002@");
        assertThat(firstLines.get(1)).isEqualTo("SIP/2.0 180 Ringing");
        assertThat(firstLines.get(2)).isEqualTo("SIP/2.0 200 OK");
        assertThat(firstLines.get(3)).startsWith("ACK sip:2002@10.1.0.2:49152");
        assertThat(firstLines.get(4)).startsWith("BYE sip:2002@10.1.0.2:49152");
        assertThat(firstLines.get(5)).isEqualTo("SIP/2.0 200 OK");
    }

    @Test
    void aSplicedAnswerCarriesTheNewBranchAndIsOtherwiseTheSame() {
        byte[] forwarded = ascii("INVITE sip:b@h SIP/2.0\r\nVia: SIP/2.0/TCP 192.0.2.10:5060;branch=z9hG4bKipo1\r\n"
                + "Via: SIP/2.0/TCP 10.1.0.1:49152;branch=z9hG4bK-a\r\n\r\n");
        byte[] answer = ascii("SIP/2.0 180 Ringing\r\nVia: SIP/2.0/TCP 192.0.2.10:5060;branch=z9hG4bKipo1\r\n"
                + "Via: SIP/2.0/TCP 10.1.0.1:49152;branch=z9hG4bK-a\r\n\r\n");
        Splice s = Splice.around(answer, forwarded);
        assertThat(s.answer(forwarded)).isEqualTo(answer);
        byte[] next = ascii(new String(forwarded, StandardCharsets.US_ASCII).replace("ipo1", "ipo1f"));
        assertThat(new String(s.answer(next), StandardCharsets.US_ASCII))
                .isEqualTo(new String(answer, StandardCharsets.US_ASCII).replace("ipo1", "ipo1f"));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
