package org.persistlab.analyzer.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.decode.CaptureDecoder;
import org.persistlab.analyzer.decode.FileSummary;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

class WireEventPcapWriterTest {
    private static final long T0 = 1_700_000_000_123_456_789L;
    private static final Endpoint PHONE = Endpoint.parse("10.1.1.10:40000");
    private static final Endpoint GATEWAY = Endpoint.parse("10.1.1.1:5060");
    private static final Endpoint PHONE6 = Endpoint.parse("[2001:db8::10]:40000");
    private static final Endpoint GATEWAY6 = Endpoint.parse("[2001:db8::1]:5060");

    @TempDir
    Path dir;

    private static SipMessage message(String startLine, String method, int cseq, int bodyLength) {
        String body = "v".repeat(bodyLength);
        return SipMessage.parse(startLine + "\r\nVia: SIP/2.0/TCP 10.1.1.10;branch=z9hG4bK" + cseq
                + "\r\nFrom: <sip:100@gw>;tag=1\r\nTo: <sip:100@gw>\r\nCall-ID: c" + cseq + "@x\r\nCSeq: " + cseq + " "
                + method + "\r\nContent-Length: " + bodyLength + "\r\n\r\n" + body);
    }

    /** Every transport, both IP versions, a message larger than the MTU on UDP and larger than an MSS on TCP. */
    private static List<WireEvent> events() {
        List<WireEvent> ev = new ArrayList<>();
        Transport[] transports = {Transport.UDP, Transport.TCP, Transport.TLS, Transport.WS, Transport.WSS, Transport.SCTP};
        long t = T0;
        int cseq = 1;
        for (Transport tr : transports) {
            for (boolean v6 : new boolean[] {false, true}) {
                Endpoint phone = v6 ? PHONE6.withPort(40000 + cseq) : PHONE.withPort(40000 + cseq);
                Endpoint gw = v6 ? GATEWAY6 : GATEWAY;
                if (tr == Transport.WS || tr == Transport.WSS) {
                    gw = gw.withPort(8080); // an HTTP port, where tshark looks for the WebSocket upgrade
                }
                int big = tr == Transport.UDP || tr == Transport.TCP ? 4000 : 300;
                ev.add(new WireEvent(t += 1_000, phone, gw, tr,
                        message("REGISTER sip:gw SIP/2.0", "REGISTER", cseq, big)));
                ev.add(new WireEvent(t += 2_500_001, gw, phone, tr, message("SIP/2.0 401 Unauthorized", "REGISTER", cseq, 0)));
                ev.add(new WireEvent(t += 3_000_000, phone, gw, tr, message("REGISTER sip:gw SIP/2.0", "REGISTER", cseq + 1, 10)));
                ev.add(new WireEvent(t += 700, gw, phone, tr, message("SIP/2.0 200 OK", "REGISTER", cseq + 1, 0)));
                cseq += 2;
            }
        }
        return ev;
    }

    private static Transport asWritten(Transport t) {
        return t == Transport.TLS ? Transport.TCP : t == Transport.WSS ? Transport.WS : t;
    }

    private Path write(List<WireEvent> events) throws IOException {
        Path file = dir.resolve("events.pcap");
        try (WireEventPcapWriter w = WireEventPcapWriter.create(file)) {
            for (WireEvent e : events) {
                w.write(e);
            }
        }
        return file;
    }

    @Test
    void eventsReadBackEqualInTimeEndpointsAndBytes() throws IOException {
        List<WireEvent> written = events();
        Path file = write(written);
        List<WireEvent> read = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        FileSummary s = new CaptureDecoder().decode(file, read::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(read).hasSize(written.size());
        for (int i = 0; i < written.size(); i++) {
            WireEvent w = written.get(i);
            WireEvent r = read.get(i);
            assertThat(r.timeNanos()).as("time of event %d", i).isEqualTo(w.timeNanos());
            assertThat(r.src()).isEqualTo(w.src());
            assertThat(r.dst()).isEqualTo(w.dst());
            assertThat(r.transport()).isEqualTo(asWritten(w.transport()));
            assertThat(r.message().toBytes()).isEqualTo(w.message().toBytes());
        }
        assertThat(s.sipMessages()).isEqualTo(written.size());
    }

    @Test
    void theSameEventsGiveTheSameFileByteForByte() throws IOException {
        byte[] first = Files.readAllBytes(write(events()));
        byte[] second = Files.readAllBytes(write(events()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void tsharkFindsNoMalformedPacketAndTheSameSipMessages() throws IOException {
        List<WireEvent> written = events();
        Path file = write(written);
        Tshark.Result expert = Tshark.run(file, "-o", "udp.check_checksum:TRUE", "-q", "-z", "expert,error");
        assertThat(expert.exitCode()).isZero();
        String report = String.join("\n", expert.lines());
        assertThat(report).doesNotContainIgnoringCase("malformed").doesNotContain("Errors (");
        Tshark.Result bad = flaggedPackets(file);
        assertThat(bad.exitCode()).as(bad.stderr()).isZero();
        assertThat(bad.lines()).as("packets tshark flags: %s", bad.lines()).isEmpty();
        Tshark.Result sip = Tshark.run(file, "-Y", "sip", "-T", "fields",
                "-e", "sip.CSeq.seq", "-E", "occurrence=a");
        int count = 0;
        for (String line : sip.lines()) {
            count += line.isBlank() ? 0 : line.split(",").length;
        }
        assertThat(count).as("SIP messages tshark decodes\n%s", String.join("\n", sip.lines())).isEqualTo(written.size());
    }

    /** Packets tshark finds wrong when it checks every checksum: malformed, expert errors, bad checksums. */
    private static Tshark.Result flaggedPackets(Path file) {
        return Tshark.run(file, "-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE",
                "-o", "ip.check_checksum:TRUE", "-o", "sctp.checksum:CRC-32C",
                "-Y", "ip.checksum.status == \"Bad\" || tcp.checksum.status == \"Bad\" || udp.checksum.status == \"Bad\""
                        + " || sctp.checksum.status == \"Bad\" || _ws.malformed || _ws.expert.severity >= \"Error\"");
    }

    @Test
    void theTsharkCheckCatchesAPacketWithABadChecksum() throws IOException {
        Path file = write(events().subList(0, 1));
        byte[] bytes = Files.readAllBytes(file);
        int udpChecksum = 24 + 16 + 14 + 20 + 6; // file header, record header, Ethernet, IPv4, UDP checksum field
        bytes[udpChecksum] ^= 0x5A;
        Files.write(file, bytes);
        assertThat(flaggedPackets(file).lines()).hasSize(1);
    }

    @Test
    void aTcpMessageLargerThanOneMssIsSplitIntoSegmentsOfAtMost1448Bytes() throws IOException {
        WireEvent big = new WireEvent(T0, PHONE, GATEWAY, Transport.TCP, message("INVITE sip:x SIP/2.0", "INVITE", 1, 5000));
        Path file = write(List.of(big));
        Tshark.Result r = Tshark.run(file, "-T", "fields", "-e", "tcp.len", "-e", "tcp.flags.syn");
        List<Integer> lengths = r.lines().stream().map(l -> Integer.parseInt(l.split("\t")[0])).toList();
        assertThat(lengths).startsWith(0, 0, 0); // SYN, SYN-ACK, ACK
        assertThat(lengths.subList(3, lengths.size())).allMatch(n -> n > 0 && n <= 1448);
        assertThat(lengths.stream().mapToInt(Integer::intValue).sum()).isEqualTo(big.message().length());
        assertThat(new String(big.message().toBytes(), StandardCharsets.US_ASCII)).startsWith("INVITE");
    }
}
