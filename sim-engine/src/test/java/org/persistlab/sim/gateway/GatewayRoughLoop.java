package org.persistlab.sim.gateway;

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
 * REGISTER with credentials, 200) through the core with a no-op outbox. Not a benchmark: the JMH
 * suite in {@code benchmarks} is where speed claims live. Run with
 * {@code java -cp ... org.persistlab.sim.gateway.GatewayRoughLoop [seconds]}.
 */
public final class GatewayRoughLoop {
    private GatewayRoughLoop() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int users = 384;
        List<GatewayUser> list = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            list.add(new GatewayUser(Integer.toString(2000 + i), "pw" + i, "User " + i));
        }
        GatewayConfig config = GatewayConfig.builder().seed(1).absorbRetransmissions(false).build();
        GatewayCore core = new GatewayCore(config, list);
        Outbox none = new Outbox() {
            @Override
            public void send(Endpoint dst, Transport transport, byte[] message) {
            }

            @Override
            public void record(GatewayEvent event) {
            }
        };
        Endpoint gw = config.udpTcpEndpoint();
        byte[][] plain = new byte[users][];
        byte[][] credentialed = new byte[users][];
        Endpoint[] src = new Endpoint[users];
        long t0 = 1_000_000_000L;
        DigestAuth client = new DigestAuth();
        for (int i = 0; i < users; i++) {
            String ext = Integer.toString(2000 + i);
            src[i] = Endpoint.parse("10.0." + (i / 250) + "." + (i % 250 + 1) + ":5060");
            plain[i] = register(ext, src[i], null);
            // Get a real challenge from the core, then answer it once; the nonce stays valid for 10 s.
            List<byte[]> got = new ArrayList<>();
            core.handle(t0, new WireEvent(t0, src[i], gw, Transport.TCP, SipMessage.parse(plain[i])), new Outbox() {
                @Override
                public void send(Endpoint dst, Transport transport, byte[] message) {
                    got.add(message);
                }

                @Override
                public void record(GatewayEvent event) {
                }
            });
            DigestChallenge ch = DigestChallenge.from(SipMessage.parse(got.get(0)).wwwAuthenticate());
            String auth = client.answer(ch, ext, "pw" + i, "REGISTER", "sip:192.0.2.10", "abcdef" + i, 1)
                    .toHeaderValue();
            credentialed[i] = register(ext, src[i], auth);
        }
        int batch = 100;
        // Thread CPU time rather than wall time: the shared machine's other load then matters less.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        WireEvent[] first = new WireEvent[batch];
        WireEvent[] second = new WireEvent[batch];
        long now = t0;
        long n = 0;
        for (int round = 0; round < 10; round++) {
            long coreNanos = 0;
            long parseNanos = 0;
            long done = 0;
            long wallEnd = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < wallEnd) {
                long p0 = cpu.getCurrentThreadCpuTime();
                for (int k = 0; k < batch; k++) {
                    int i = (int) ((n + k) % users);
                    long t = now + k + 1;
                    first[k] = new WireEvent(t, src[i], gw, Transport.TCP, SipMessage.parse(plain[i]));
                    second[k] = new WireEvent(t, src[i], gw, Transport.TCP, SipMessage.parse(credentialed[i]));
                }
                long c0 = cpu.getCurrentThreadCpuTime();
                for (int k = 0; k < batch; k++) {
                    core.handle(first[k].timeNanos(), first[k], none);
                    core.handle(second[k].timeNanos(), second[k], none);
                }
                long c1 = cpu.getCurrentThreadCpuTime();
                parseNanos += c0 - p0;
                coreNanos += c1 - c0;
                n += batch;
                now += batch;
                done += batch;
            }
            System.out.printf("round %d (thread CPU time): core alone %.0f full registrations/s; parsing both messages %.0f/s; "
                    + "together %.0f/s [accepted so far %d]%n", round, done / (coreNanos / 1e9),
                    done / (parseNanos / 1e9), done / ((coreNanos + parseNanos) / 1e9),
                    core.counters().registrationsAccepted());
        }
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
