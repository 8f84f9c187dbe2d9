package org.persistlab.shell.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.capture.FrameEncoder;
import org.persistlab.analyzer.capture.PcapWriter;
import org.persistlab.shell.TestLab;
import org.persistlab.sip.Endpoint;

/**
 * {@code lab analyze} on a capture where the phone's leg to ACO is TLS (as ACO wants it): the SIP
 * to the primary is invisible, so the last packet from the primary's address is the last sign of
 * life, read from the file's TCP segments all the way into the failover report.
 */
class EncryptedLegAnalyzeTest {
    private static final long T0 = 1_700_000_000L * 1_000_000_000L;
    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final Endpoint PHONE_TLS = Endpoint.parse("10.1.0.13:49152");
    private static final Endpoint ACO_TLS = Endpoint.parse("198.51.100.10:5061");
    private static final Endpoint PHONE_SIP = Endpoint.parse("10.1.0.13:5060");
    private static final Endpoint IPO = Endpoint.parse("10.0.2.1:5060");

    @TempDir
    Path dir;

    @Test
    void theLastPacketFromThePrimaryBeforeTheGatewayIsTheLastSignOfLife() throws IOException {
        Path file = dir.resolve("tls-leg.pcap");
        try (PcapWriter w = PcapWriter.create(file, 1, PcapWriter.Precision.NANOS)) {
            tcp(w, T0 + S, PHONE_TLS, ACO_TLS, 99, 0, FrameEncoder.TCP_SYN, new byte[0]);
            tcp(w, T0 + S + MS, ACO_TLS, PHONE_TLS, 499, 100, FrameEncoder.TCP_SYN | FrameEncoder.TCP_ACK, new byte[0]);
            tcp(w, T0 + S + 2 * MS, PHONE_TLS, ACO_TLS, 100, 500, FrameEncoder.TCP_ACK, new byte[0]);
            byte[] hello = record(0x16, 0x30);
            tcp(w, T0 + S + 3 * MS, PHONE_TLS, ACO_TLS, 100, 500, data(), hello);
            int acoSeq = 500;
            for (long t : new long[] {10, 40, 70}) {
                byte[] app = record(0x17, 0x40);
                tcp(w, T0 + t * S, ACO_TLS, PHONE_TLS, acoSeq, 100 + hello.length, data(), app);
                acoSeq += app.length;
            }
            // ACO falls silent; the phone turns to IP Office at 110 s, over UDP the capture can read
            udp(w, T0 + 110 * S, PHONE_SIP, IPO, register());
            udp(w, T0 + 110 * S + 50 * MS, IPO, PHONE_SIP, ok());
            // ACO heard from again later: not a sign of life before the phone turned away
            tcp(w, T0 + 200 * S, ACO_TLS, PHONE_TLS, acoSeq, 100 + hello.length, data(), record(0x17, 0x40));
        }

        TestLab.Result r = TestLab.cli(dir, "analyze", "tls-leg.pcap", "--primary", "198.51.100.10",
                "--gateway", "10.0.2.1:5060", "--format", "json");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"phone\": \"10.1.0.13\"")
                .contains("\"last_primary_sign_ns\": " + (T0 + 70 * S) + ",")
                .contains("\"first_gateway_request_ns\": " + (T0 + 110 * S) + ",")
                .contains("\"gateway_registered_ns\": " + (T0 + 110 * S + 50 * MS) + ",");
    }

    private static int data() {
        return FrameEncoder.TCP_PSH | FrameEncoder.TCP_ACK;
    }

    /** A TLS record of the given content type (0x16 handshake, 0x17 application data) with a zero body. */
    private static byte[] record(int contentType, int length) {
        byte[] r = new byte[5 + length];
        r[0] = (byte) contentType;
        r[1] = 3;
        r[2] = 3;
        r[3] = (byte) (length >> 8);
        r[4] = (byte) length;
        return r;
    }

    private static void tcp(PcapWriter w, long nanos, Endpoint src, Endpoint dst, int seq, int ack, int flags,
                            byte[] payload) throws IOException {
        byte[] frame = FrameEncoder.ethernet(src, dst,
                FrameEncoder.ip(src, dst, FrameEncoder.PROTO_TCP, 1, FrameEncoder.tcp(src, dst, seq, ack, flags, payload)));
        w.write(nanos, frame, 0, frame.length);
    }

    private static void udp(PcapWriter w, long nanos, Endpoint src, Endpoint dst, String sip) throws IOException {
        byte[] frame = FrameEncoder.ethernet(src, dst, FrameEncoder.ip(src, dst, FrameEncoder.PROTO_UDP, 1,
                FrameEncoder.udp(src, dst, sip.getBytes(StandardCharsets.US_ASCII))));
        w.write(nanos, frame, 0, frame.length);
    }

    private static String register() {
        return "REGISTER sip:10.0.2.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 10.1.0.13:5060;branch=z9hG4bK-tls-leg-1\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:103@10.0.2.1>;tag=p3\r\n"
                + "To: <sip:103@10.0.2.1>\r\n"
                + "Call-ID: tls-leg@10.1.0.13\r\n"
                + "CSeq: 1 REGISTER\r\n"
                + "Contact: <sip:103@10.1.0.13:5060>\r\n"
                + "Expires: 120\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private static String ok() {
        return "SIP/2.0 200 OK\r\n"
                + "Via: SIP/2.0/UDP 10.1.0.13:5060;branch=z9hG4bK-tls-leg-1\r\n"
                + "From: <sip:103@10.0.2.1>;tag=p3\r\n"
                + "To: <sip:103@10.0.2.1>;tag=ipo\r\n"
                + "Call-ID: tls-leg@10.1.0.13\r\n"
                + "CSeq: 1 REGISTER\r\n"
                + "Contact: <sip:103@10.1.0.13:5060>;expires=120\r\n"
                + "Content-Length: 0\r\n\r\n";
    }
}
