package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.capture.CaptureCorpus;
import org.persistlab.sip.Endpoint;

/** SIP is recognised by content, on any port; what only looks like SIP is a problem with its file offset. */
class SipDetectionTest {
    private static final int FIRST_PAYLOAD = 24 + 16 + 14 + 20 + 8; // file, record, Ethernet, IPv4, UDP headers

    @TempDir
    Path dir;

    private Path oneDatagram(String name, Endpoint src, Endpoint dst, byte[] payload) {
        return new TestCapture(1).add(1, Frames.ether(src, dst, Frames.udp(src, dst, payload))).write(dir, name);
    }

    @Test
    void sipOnPortsFarFromFiveThousandSixtyIsFound() {
        Endpoint a = Endpoint.parse("10.0.0.1:53309");
        Endpoint b = Endpoint.parse("10.0.0.2:52380");
        TestCapture.Decoded d = TestCapture.decode(oneDatagram("odd-port.pcap", a, b, SipSamples.request("OPTIONS", "o", 1, 0)));
        assertThat(d.events()).singleElement().satisfies(e -> assertThat(e.dst()).isEqualTo(b));
        TestCapture.Decoded ppp = TestCapture.decode(CaptureCorpus.repo("ppp_invite_non_default_port.pcap"));
        assertThat(ppp.events()).hasSize(2).allSatisfy(e -> assertThat(e.src().port()).isNotEqualTo(5060));
    }

    @Test
    void nonSipOnPort5060IsNotSip() {
        TestCapture.Decoded d = TestCapture.decode(oneDatagram("hello.pcap", Frames.A, Frames.B,
                "hello".getBytes(StandardCharsets.US_ASCII)));
        assertThat(d.events()).isEmpty();
        assertThat(d.problems()).isEmpty();
        assertThat(d.summary().count(PacketOutcome.UDP_NOT_SIP)).isEqualTo(1);
    }

    @Test
    void junkGluedBeforeTheStartLineIsSkippedAndReported() {
        byte[] register = SipSamples.request("REGISTER", "j", 1, 0);
        byte[] payload = SipSamples.concat("\u0000\u0001xx".getBytes(StandardCharsets.ISO_8859_1), register);
        Path file = oneDatagram("junk.pcap", Frames.A, Frames.B, payload);
        TestCapture.Decoded d = TestCapture.decode(file);
        assertThat(d.events()).singleElement().extracting(e -> e.message().toBytes()).isEqualTo(register);
        assertThat(d.problems()).singleElement().satisfies(p -> {
            assertThat(p.offset()).isEqualTo(FIRST_PAYLOAD);
            assertThat(p.message()).contains("4 bytes of junk");
        });
        assertThat(d.summary().count(DecodeEvent.SIP_JUNK_SKIPPED)).isEqualTo(1);
    }

    /**
     * zeek's sip-junk-before-request.pcap: the "junk" (bytes {@code DB}) is the UDP checksum field of a
     * datagram whose UDP length is 8 bytes shorter than its IP packet; the payload itself starts with
     * REGISTER, which is what tshark shows too.
     */
    @Test
    void zeekJunkCaptureDecodesItsRegister() {
        TestCapture.Decoded d = TestCapture.decode(CaptureCorpus.repo("malformed_zeek_junk_before_register.pcap"));
        assertThat(d.startLines()).containsExactly("REGISTER sip:1.1.1.1:5060 SIP/2.0");
        assertThat(d.summary().count(PacketOutcome.UDP_NOT_SIP)).isEqualTo(1);
    }

    @Test
    void crlfKeepAlivesAreCountedNotReported() {
        TestCapture.Decoded d = TestCapture.decode(oneDatagram("ka.pcap", Frames.A, Frames.B, "\r\n\r\n".getBytes()));
        assertThat(d.events()).isEmpty();
        assertThat(d.problems()).isEmpty();
        assertThat(d.summary().count(PacketOutcome.SIP_KEEPALIVE)).isEqualTo(1);
    }

    @Test
    void aDatagramThatLooksLikeSipButDoesNotParseIsAProblemAtTheFailingByte() throws Exception {
        byte[] bad = "INVITE sip:bob@example.com SIP/2.0\r\nCall-ID: x\r\nthis line has no colon\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        Path file = oneDatagram("bad.pcap", Frames.A, Frames.B, bad);
        TestCapture.Decoded d = TestCapture.decode(file);
        assertThat(d.events()).isEmpty();
        assertThat(d.summary().count(PacketOutcome.SIP_MALFORMED)).isEqualTo(1);
        int failing = new String(bad, StandardCharsets.US_ASCII).indexOf("this line");
        assertThat(d.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.offset()).isEqualTo(FIRST_PAYLOAD + failing);
            assertThat(p.message()).contains("no ':'");
        });
        byte[] fileBytes = Files.readAllBytes(file);
        assertThat(new String(fileBytes, (int) d.problems().get(0).offset(), 9, StandardCharsets.US_ASCII))
                .isEqualTo("this line");
    }

    /** zeek's invalid-content-length.pcap: "Content-Length: bad" still gives a message, as in tshark. */
    @Test
    void anInvalidContentLengthOnUdpStillGivesTheMessage() {
        TestCapture.Decoded d = TestCapture.decode(CaptureCorpus.repo("malformed_zeek_invalid_content_length.pcap"));
        assertThat(d.events()).hasSize(2);
        assertThat(d.problems()).isEmpty();
    }
}
