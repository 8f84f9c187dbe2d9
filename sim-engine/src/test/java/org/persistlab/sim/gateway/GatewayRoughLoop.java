package org.persistlab.sim.gateway;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.RequestBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;
import org.persistlab.sip.digest.DigestAuth;
import org.persistlab.sip.digest.DigestChallenge;

/**
 * A rough, JMH-free loop for a quick reading of full registrations per second (REGISTER, 401,
 * REGISTER with credentials, 200, digest verified) through the core with a no-op outbox, 384 users,
 * TCP. Not a benchmark: speed claims live in the JMH suite of {@code benchmarks}. Times are this
 * thread's CPU time, so the other load on a shared machine matters less. Each round parses and
 * handles the two messages of a registration, then parses the same messages alone; the difference
 * is the core's share. Run with
 * {@code java -cp sim-engine/target/classes:sim-engine/target/test-classes:sip/target/classes
 * org.persistlab.sim.gateway.GatewayRoughLoop [rounds]}.
 */
public final class GatewayRoughLoop {
    private static final int USERS = 384;
    private static final int OPS = 200_000;
    private static final Outbox NONE = new Outbox() {
        @Override
        public void send(Endpoint dst, Transport transport, byte[] message) {
        }

        @Override
        public void record(GatewayEvent event) {
        }
    };

    private GatewayRoughLoop() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<GatewayUser> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(new GatewayUser(Integer.toString(2000 + i), "pw" + i, "User " + i));
        }
        GatewayConfig config = GatewayConfig.builder().seed(1).absorbRetransmissions(false).build();
        GatewayCore core = new GatewayCore(config, users);
        Endpoint gw = config.udpTcpEndpoint();
        byte[][] plain = new byte[USERS][];
        byte[][] credentialed = new byte[USERS][];
        Endpoint[] src = new Endpoint[USERS];
        long now = 1_000_000_000L;
        for (int i = 0; i < USERS; i++) {
            String ext = Integer.toString(2000 + i);
            src[i] = Endpoint.parse("10.0." + (i / 250) + "." + (i % 250 + 1) + ":5060");
            plain[i] = register(ext, src[i], null);
            // One real challenge from the core, answered once: the nonce stays valid for 10 s of virtual
            // time, and the loop advances virtual time by 1 ns per registration.
            List<byte[]> got = new ArrayList<>();
            core.handle(now, event(now, src[i], gw, plain[i]), new Outbox() {
                @Override
                public void send(Endpoint dst, Transport transport, byte[] message) {
                    got.add(message);
                }

                @Override
                public void record(GatewayEvent e) {
                }
            });
            DigestChallenge ch = DigestChallenge.from(SipMessage.parse(got.get(0)).wwwAuthenticate());
            credentialed[i] = register(ext, src[i], new DigestAuth()
                    .answer(ch, ext, "pw" + i, "REGISTER", "sip:192.0.2.10", "abcdef" + i, 1).toHeaderValue());
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            for (int k = 0; k < OPS; k++) {
                int i = k % USERS;
                now++;
                core.handle(now, event(now, src[i], gw, plain[i]), NONE);
                core.handle(now, event(now, src[i], gw, credentialed[i]), NONE);
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            for (int k = 0; k < OPS; k++) {
                int i = k % USERS;
                sink += SipMessage.parse(plain[i]).length() + SipMessage.parse(credentialed[i]).length();
            }
            long c2 = cpu.getCurrentThreadCpuTime();
            double together = (c1 - c0) / (double) OPS;
            double parse = (c2 - c1) / (double) OPS;
            System.out.printf("round %d: parse+core %.0f ns, parse alone %.0f ns, core %.0f ns per full registration"
                    + " = %.0f/s core alone, %.0f/s with parsing%n", round, together, parse, together - parse,
                    1e9 / (together - parse), 1e9 / together);
        }
        System.out.println("accepted " + core.counters().registrationsAccepted() + " [" + sink % 7 + "]");
    }

    private static WireEvent event(long now, Endpoint src, Endpoint gw, byte[] message) {
        return new WireEvent(now, src, gw, Transport.TCP, SipMessage.parse(message));
    }

    private static byte[] register(String ext, Endpoint src, String authorization) {
        RequestBuilder b = RequestBuilder.request("REGISTER", "sip:192.0.2.10")
                .via(Transport.TCP, src.toString(), "z9hG4bK-" + ext)
                .from("sip:" + ext + "@192.0.2.10", "t" + ext).to("sip:" + ext + "@192.0.2.10", null)
                .callId("reg-" + ext).cseq(1).contact("sip:" + ext + "@" + src + ";transport=tcp")
                .header("User-Agent", "Avaya J179 IP Phone 4.1.3.0.6");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.toBytes();
    }
}
