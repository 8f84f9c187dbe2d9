package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.persistlab.sim.gateway.GatewayConfig;
import org.persistlab.sim.gateway.GatewayCore;
import org.persistlab.sim.gateway.GatewayEvent;
import org.persistlab.sim.gateway.GatewayUser;
import org.persistlab.sim.gateway.Outbox;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/** The core's one thread: a bounded queue that drops and counts, and answers in arrival order. */
class CoreLoopTest {
    private static final Endpoint PHONE = Endpoint.parse("127.0.0.1:5070");
    private static final Endpoint GATEWAY = Endpoint.parse("127.0.0.2:5060");

    private static String register(int i) {
        return "REGISTER sip:127.0.0.2 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-" + i
                + "\r\nMax-Forwards: 70\r\nFrom: <sip:201@127.0.0.2>;tag=" + i + "\r\nTo: <sip:201@127.0.0.2>\r\n"
                + "Call-ID: flood-" + i + "\r\nCSeq: 1 REGISTER\r\nContact: <sip:201@127.0.0.1:5070>\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    @Test
    void aFloodBeyondTheQueueIsDroppedAndCountedAndTheRestAnsweredInOrder() throws Exception {
        List<String> sent = new CopyOnWriteArrayList<>();
        Outbox outbox = new Outbox() {
            @Override
            public void send(Endpoint dst, Transport transport, byte[] message) {
                sent.add(SipMessage.parse(message).callId());
            }

            @Override
            public void record(GatewayEvent event) {
            }
        };
        GatewayCore core = new GatewayCore(GatewayConfig.builder().absorbRetransmissions(false).build(),
                List.of(new GatewayUser("201", "secret", "Alice")));
        List<RuntimeException> failures = new ArrayList<>();
        try (CoreLoop loop = new CoreLoop(core, outbox, 10, failures::add)) {
            int accepted = 0;
            for (int i = 0; i < 25; i++) {
                String text = register(i);
                if (loop.deliver(now -> new WireEvent(now, PHONE, GATEWAY, Transport.UDP, SipMessage.parse(text)))) {
                    accepted++;
                }
            }
            assertThat(accepted).isEqualTo(10); // the loop has not started: the queue holds 10
            assertThat(loop.dropped()).isEqualTo(15);
            loop.start();
            long challenges = loop.call(c -> c.counters().challengesSent());
            assertThat(challenges).isEqualTo(10);
        }
        assertThat(sent).containsExactly("flood-0", "flood-1", "flood-2", "flood-3", "flood-4", "flood-5", "flood-6",
                "flood-7", "flood-8", "flood-9");
        assertThat(failures).isEmpty();
    }
}
