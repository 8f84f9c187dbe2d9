package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.sim.gateway.GatewayHarness.MS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sim.gateway.GatewayEvent.OverloadCause;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;

/** The REGISTER service rate (domain.md §6 ipo.regServiceRate) and 503 + Retry-After under overload. */
class RegisterQueueTest {
    private static final long S = 10 * MS;

    private static List<GatewayUser> users(int n) {
        List<GatewayUser> u = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            u.add(new GatewayUser(Integer.toString(2000 + i), "pw" + i, ""));
        }
        return u;
    }

    @Test
    void theIthOfKSimultaneousRegistersIsAnsweredAtITimesTheServiceTimeAndOverflowGets503() {
        GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().registerServiceTime(Duration.ofMillis(10))
                .registerQueueCapacity(3).overloadRetryAfterSeconds(7).build(), users(5));
        List<ScriptedPhone> phones = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ScriptedPhone p = ScriptedPhone.avaya(h, Integer.toString(2000 + i), "pw" + i, "10.0.2." + (i + 1));
            phones.add(p);
            h.deliver(p.addr, p.transport, p.register(null, -1));
        }
        // At t=0 only the two that did not fit have an answer: 503 with the configured Retry-After.
        assertThat(h.out.sent).extracting(s -> s.message().statusCode()).containsExactly(503, 503);
        assertThat(h.out.sent).extracting(RecordingOutbox.Sent::dst).containsExactly(phones.get(3).addr,
                phones.get(4).addr);
        assertThat(h.out.sent.get(0).message().retryAfter()).isEqualTo(7);
        assertThat(h.out.events(GatewayEvent.OverloadSent.class)).extracting(GatewayEvent.OverloadSent::cause)
                .containsExactly(OverloadCause.REGISTER_QUEUE_FULL, OverloadCause.REGISTER_QUEUE_FULL);
        h.out.sent.clear();

        h.advanceTo(100 * MS);
        assertThat(h.out.sent).extracting(s -> s.message().statusCode()).containsExactly(401, 401, 401);
        assertThat(h.out.sent).extracting(RecordingOutbox.Sent::timeNanos).containsExactly(S, 2 * S, 3 * S);
        assertThat(h.out.sent).extracting(RecordingOutbox.Sent::dst).containsExactly(phones.get(0).addr,
                phones.get(1).addr, phones.get(2).addr);
        assertThat(h.view().queuedRegisters()).isZero();
        assertThat(h.core.counters().overload503Sent()).isEqualTo(2);
    }

    @Test
    void theFirstRequestOnANewTlsConnectionAlsoPaysTheHandshake() {
        GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().registerServiceTime(Duration.ofMillis(10))
                .tlsHandshakeTime(Duration.ofMillis(25)).build(), users(1));
        ScriptedPhone p = new ScriptedPhone(h, "2000", "pw0", Endpoint.parse("10.0.3.1:40000"), Transport.TLS,
                ScriptedPhone.AVAYA_UA);
        h.deliver(p.addr, Transport.TLS, p.register(null, -1));
        h.advanceTo(SECOND_TENTH);
        List<RecordingOutbox.Sent> first = h.out.take(p.addr);
        assertThat(first).extracting(RecordingOutbox.Sent::timeNanos).containsExactly(35 * MS);
        assertThat(first.get(0).transport()).isEqualTo(Transport.TLS);

        long t = h.now;
        h.deliver(p.addr, Transport.TLS, p.register(p.answer(first.get(0).message(), "pw0"), -1));
        h.advanceBy(SECOND_TENTH);
        List<RecordingOutbox.Sent> second = h.out.take(p.addr);
        assertThat(second).extracting(RecordingOutbox.Sent::timeNanos).containsExactly(t + 10 * MS);
        assertThat(second.get(0).message().statusCode()).isEqualTo(200);

        h.core.connectionClosed(p.addr, Transport.TLS);
        t = h.now;
        h.deliver(p.addr, Transport.TLS, p.register(null, -1));
        h.advanceBy(SECOND_TENTH);
        assertThat(h.out.take(p.addr)).extracting(RecordingOutbox.Sent::timeNanos).containsExactly(t + 35 * MS);
    }

    @Test
    void withNoServiceTimeTheDefaultAnswersOnArrival() {
        GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().build(), users(1));
        ScriptedPhone p = ScriptedPhone.avaya(h, "2000", "pw0", "10.0.3.2");
        SipMessage challenge = p.sendForOne(p.register(null, -1));
        assertThat(challenge.statusCode()).isEqualTo(401);
        assertThat(h.core.config().tlsHandshakeNanos()).as("derived: 2 x service time = 0").isZero();
    }

    @Test
    void aRetransmissionOfAQueuedRegisterIsAbsorbedUntilItIsServed() {
        GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().registerServiceTime(Duration.ofMillis(10))
                .build(), users(1));
        ScriptedPhone p = ScriptedPhone.avaya(h, "2000", "pw0", "10.0.3.3");
        byte[] reg = p.register(null, -1);
        h.deliver(p.addr, Transport.UDP, reg);
        h.advanceTo(5 * MS);
        h.deliver(p.addr, Transport.UDP, reg);
        assertThat(h.out.sent).isEmpty();
        assertThat(h.view().queuedRegisters()).isEqualTo(1);
        h.advanceTo(20 * MS);
        assertThat(h.out.sent).extracting(RecordingOutbox.Sent::timeNanos).containsExactly(10 * MS);
        assertThat(h.core.counters().challengesSent()).isEqualTo(1);
    }

    private static final long SECOND_TENTH = 100 * MS;
}
