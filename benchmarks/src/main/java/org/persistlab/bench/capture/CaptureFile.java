package org.persistlab.bench.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.persistlab.analyzer.capture.FrameEncoder;
import org.persistlab.analyzer.capture.PcapWriter;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.RequestBuilder;
import org.persistlab.sip.ResponseBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;

/**
 * The capture the {@code capture} suite reads: {@value #MESSAGES} SIP messages over UDP in
 * Ethernet/IPv4 frames, a classic pcap with microsecond timestamps (pkts.io reads no pcapng), about
 * 140 MB. A thousand J179s each in turn send a REGISTER (with a digest Authorization), get its 200 OK,
 * and send an INVITE with an SDP offer, one message a millisecond, every Call-ID and branch fresh.
 * It is written once, by our pcap writer, and reused from the scratch folder; the same count gives
 * the same bytes.
 */
public final class CaptureFile {
    /** Messages in the file, one per UDP datagram; also JMH's operations per pass over it. */
    public static final int MESSAGES = 200_000;
    private static final int PHONES = 1000;
    private static final long START_NANOS = 1_700_000_000_000_000_000L;
    private static final long STEP_NANOS = 1_000_000L;
    private static final Endpoint GATEWAY = Endpoint.parse("192.0.2.10:5060");
    private static final String SDP = "v=0\r\no=- 1700000001 1700000001 IN IP4 %s\r\ns=-\r\nc=IN IP4 %s\r\nt=0 0\r\n"
            + "m=audio 5004 RTP/AVP 0 8 18 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
            + "a=rtpmap:18 G729/8000\r\na=fmtp:18 annexb=no\r\na=rtpmap:101 telephone-event/8000\r\n"
            + "a=fmtp:101 0-15\r\na=sendrecv\r\na=ptime:20\r\n";

    private CaptureFile() {
    }

    /** The file of {@code messages} messages in {@code dir}, written first if it is not there yet. */
    public static Path ensure(Path dir, int messages) throws IOException {
        Path file = dir.resolve("bench-sip-udp-" + messages + ".pcap");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Files.createDirectories(dir);
        // Written aside and moved into place, so a run that is stopped halfway leaves no short file behind.
        Path tmp = Files.createTempFile(dir, "bench-sip-udp-", ".tmp");
        try {
            write(tmp, messages);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    static void write(Path file, int messages) throws IOException {
        try (PcapWriter pcap = PcapWriter.create(file, 1, PcapWriter.Precision.MICROS)) {
            for (int i = 0; i < messages; i++) {
                int group = i / 3;
                int phone = group % PHONES;
                Endpoint addr = Endpoint.parse("10.1." + (phone / 250) + "." + (phone % 250 + 1) + ":5060");
                String ext = Integer.toString(2000 + phone);
                SipMessage register = register(group, ext, addr);
                byte[] payload;
                boolean fromPhone = true;
                switch (i % 3) {
                    case 0 -> payload = register.toBytes();
                    case 1 -> {
                        payload = ResponseBuilder.to(register, 200).toTag("ipo" + group)
                                .contact("sip:" + ext + "@" + addr).header("Expires", "900")
                                .header("Server", "IP Office 12.1.0.0.0 build 5").toBytes();
                        fromPhone = false;
                    }
                    default -> payload = invite(group, ext, addr);
                }
                Endpoint src = fromPhone ? addr : GATEWAY;
                Endpoint dst = fromPhone ? GATEWAY : addr;
                byte[] frame = FrameEncoder.ethernet(src, dst,
                        FrameEncoder.ip(src, dst, FrameEncoder.PROTO_UDP, i & 0xFFFF, FrameEncoder.udp(src, dst, payload)));
                pcap.write(START_NANOS + i * STEP_NANOS, frame, 0, frame.length);
            }
        }
    }

    private static SipMessage register(int group, String ext, Endpoint addr) {
        String aor = "sip:" + ext + "@192.0.2.10";
        return RequestBuilder.request("REGISTER", "sip:192.0.2.10")
                .via(Transport.UDP, addr.toString(), "z9hG4bK-reg-" + group)
                .from(aor, "f" + group).to(aor, null).callId("reg-" + group + "@" + addr.address()).cseq(2)
                .contact("sip:" + ext + "@" + addr).expires(900)
                .header("User-Agent", "Avaya J179 IP Phone 4.1.3.0.6")
                .header("Authorization", "Digest username=\"" + ext + "\",realm=\"ipoffice\","
                        + "nonce=\"0000017c2f3a4b5c9e8d7c6b5a493827\",uri=\"sip:192.0.2.10\","
                        + "response=\"3b1c8f4c2e6a0d9f7a5b3c1e8d6f4a2b\",algorithm=MD5")
                .build();
    }

    private static byte[] invite(int group, String ext, Endpoint addr) {
        String ip = addr.address();
        String callee = "sip:" + (2000 + (group * 7 + 1) % PHONES) + "@192.0.2.10";
        return RequestBuilder.request("INVITE", callee)
                .via(Transport.UDP, addr.toString(), "z9hG4bK-inv-" + group)
                .from("Front Desk", "sip:" + ext + "@192.0.2.10", "c" + group).to(callee, null)
                .callId("call-" + group + "@" + ip).cseq(1).contact("sip:" + ext + "@" + addr)
                .header("Allow", "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, NOTIFY, REFER, UPDATE, PRACK")
                .header("Supported", "replaces, timer, 100rel")
                .header("User-Agent", "Avaya J179 IP Phone 4.1.3.0.6")
                .body("application/sdp", String.format(SDP, ip, ip).getBytes(StandardCharsets.US_ASCII))
                .toBytes();
    }
}
