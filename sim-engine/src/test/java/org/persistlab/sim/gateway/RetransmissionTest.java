package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.sim.gateway.GatewayHarness.MS;
import static org.persistlab.sim.gateway.GatewayHarness.SECOND;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;

/** UDP server transactions in the core (RFC 3261 §17.2) when the host does not run them. */
class RetransmissionTest {
    private final List<GatewayUser> users = List.of(new GatewayUser("2001", "pa", "A"),
            new GatewayUser("2002", "pb", "B"));

    @Test
    void aRetransmittedRegisterGetsTheSameResponseAndChangesNothing() {
        GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().build(), users);
        ScriptedPhone a = ScriptedPhone.avaya(h, "2001", "pa", "10.0.0.1");
        byte[] plain = a.register(null, -1);
        SipMessage challenge = a.sendForOne(plain);
        h.advanceBy(500 * MS);
        SipMessage again = a.sendForOne(plain);
        assertThat(again.toBytes()).isEqualTo(challenge.toBytes());
        assertThat(h.core.counters().challengesSent()).isEqualTo(1);

        byte[] credentialed = a.register(a.answer(challenge, "pa"), -1);
        SipMessage ok = a.sendForOne(credentialed);
        int events = h.out.events.size();
        h.advanceBy(SECOND);
        SipMessage okAgain = a.sendForOne(credentialed);
        assertThat(okAgain.toBytes()).isEqualTo(ok.toBytes());
        assertThat(h.out.events).hasSize(events);
        assertThat(h.core.counters().registrationsAccepted()).isEqualTo(1);
        assertThat(h.core.counters().retransmissionsAbsorbed()).isEqualTo(2);
    }

    @Test
    void theTransactionIsForgottenAfterTimerJ() {
        GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().build(), users);
        ScriptedPhone a = ScriptedPhone.avaya(h, "2001", "pa", "10.0.0.1");
        byte[] plain = a.register(null, -1);
        a.sendForOne(plain);
        assertThat(h.view().serverTransactions()).isEqualTo(1);
        h.advanceTo(32 * SECOND - 1);
        assertThat(h.view().serverTransactions()).isEqualTo(1);
        h.advanceTo(32 * SECOND);
        assertThat(h.view().serverTransactions()).isZero();
        a.sendForOne(plain);
        assertThat(h.core.counters().challengesSent()).as("served anew").isEqualTo(2);
    }

    @Test
    void overReliableTransportsAndBehindAStackNothingIsRemembered() {
        GatewayHarness tcp = new GatewayHarness(GatewayHarness.defaults().build(), users);
        ScriptedPhone a = new ScriptedPhone(tcp, "2001", "pa", Endpoint.parse("10.0.0.1:40001"), Transport.TCP,
                ScriptedPhone.AVAYA_UA);
        a.sendForOne(a.register(null, -1));
        assertThat(tcp.view().serverTransactions()).isZero();

        GatewayHarness stack = new GatewayHarness(GatewayHarness.defaults().absorbRetransmissions(false).build(), users);
        ScriptedPhone b = ScriptedPhone.avaya(stack, "2001", "pa", "10.0.0.1");
        byte[] plain = b.register(null, -1);
        b.sendForOne(plain);
        b.sendForOne(plain);
        assertThat(stack.view().serverTransactions()).isZero();
        assertThat(stack.core.counters().challengesSent()).isEqualTo(2);
    }

    @Test
    void aRetransmittedInviteIsForwardedAgainUntilTheCalleeAnswersThenGetsTheLastResponse() {
        GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().build(), users);
        ScriptedPhone a = ScriptedPhone.avaya(h, "2001", "pa", "10.0.0.1");
        ScriptedPhone b = ScriptedPhone.avaya(h, "2002", "pb", "10.0.0.2");
        a.registerFully();
        b.registerFully();
        byte[] invite = a.invite("2002", "rt-1", "z9hG4bK-rt1");
        assertThat(a.send(invite)).extracting(SipMessage::statusCode).containsExactly(100);
        SipMessage first = b.inbox().get(0);

        h.advanceBy(500 * MS); // Timer A: the caller sends it again; B has said nothing yet
        assertThat(a.send(invite)).extracting(SipMessage::statusCode).containsExactly(100);
        List<SipMessage> again = b.inbox();
        assertThat(again).hasSize(1);
        assertThat(again.get(0).toBytes()).as("same branch, same bytes").isEqualTo(first.toBytes());

        b.send(b.respond(first, 180));
        assertThat(a.inbox()).extracting(SipMessage::statusCode).containsExactly(180);
        h.advanceBy(SECOND);
        assertThat(a.send(invite)).extracting(SipMessage::statusCode).containsExactly(180);
        assertThat(b.inbox()).isEmpty();
        assertThat(h.view().calls()).isEqualTo(1);
        assertThat(h.core.counters().callsRouted(GatewayEvent.CallKind.INTERNAL)).isEqualTo(1);
    }
}
