package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/** Every link layer we read carries the same SIP datagram to the same event; tshark agrees on each file. */
class LinkLayerTest {
    private static final byte[] INVITE = SipSamples.request("INVITE", "link", 1, 20);

    @TempDir
    Path dir;

    static Stream<Arguments> links() {
        byte[] v4 = Frames.udp(Frames.A, Frames.B, INVITE);
        byte[] v6 = Frames.udp(Frames.A6, Frames.B6, INVITE);
        return Stream.of(
                Arguments.of("ethernet-vlan", 1, Frames.vlan(new int[] {0x8100}, v4), false),
                Arguments.of("ethernet-qinq-88a8", 1, Frames.vlan(new int[] {0x88A8, 0x8100}, v4), false),
                Arguments.of("ethernet-qinq-9100", 1, Frames.vlan(new int[] {0x9100, 0x8100}, v6), true),
                Arguments.of("ethernet-three-tags", 1, Frames.vlan(new int[] {0x88A8, 0x8100, 0x8100}, v4), false),
                Arguments.of("linux-sll", 113, Frames.sll(v4), false),
                Arguments.of("linux-sll2-ipv6", 276, Frames.sll2(v6), true),
                Arguments.of("null-le-inet", 0, Frames.loopback(2, true, v4), false),
                Arguments.of("null-be-inet", 0, Frames.loopback(2, false, v4), false),
                Arguments.of("null-le-inet6-24", 0, Frames.loopback(24, true, v6), true),
                Arguments.of("null-be-inet6-28", 0, Frames.loopback(28, false, v6), true),
                Arguments.of("null-le-inet6-30", 0, Frames.loopback(30, true, v6), true),
                Arguments.of("loop-inet", 108, Frames.loopback(2, false, v4), false),
                Arguments.of("raw-101-v4", 101, v4, false),
                Arguments.of("raw-101-v6", 101, v6, true),
                Arguments.of("raw-12", 12, v4, false),
                Arguments.of("raw-14", 14, v6, true),
                Arguments.of("ipv4-228", 228, v4, false),
                Arguments.of("ipv6-229", 229, v6, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("links")
    void theDatagramDecodesToOneEvent(String name, int linkType, byte[] frame, boolean v6) {
        Path file = new TestCapture(linkType).add(5, frame).write(dir, name + ".pcap");
        TestCapture.Decoded d = TestCapture.decode(file);
        Endpoint src = v6 ? Frames.A6 : Frames.A;
        Endpoint dst = v6 ? Frames.B6 : Frames.B;
        assertThat(d.problems()).isEmpty();
        assertThat(d.events()).singleElement().satisfies(e -> {
            assertThat(e.src()).isEqualTo(src);
            assertThat(e.dst()).isEqualTo(dst);
            assertThat(e.transport()).isEqualTo(Transport.UDP);
            assertThat(e.timeNanos()).isEqualTo(TestCapture.BASE_NANOS + 5_000);
            assertThat(e.message().toBytes()).isEqualTo(INVITE);
        });
        if (linkType != 12 && linkType != 14) {
            // tshark maps 12 and 14 to other encapsulations than raw IP; the rest it reads as we do.
            assertThat(TsharkCheck.sipMessages(file)).isEqualTo(1);
        }
    }

    @Test
    void bytesAfterTheIpTotalLengthAreNotPartOfTheMessage() {
        byte[] withTrailer = SipSamples.concat(Frames.ether(Frames.A, Frames.B, Frames.udp(Frames.A, Frames.B, INVITE)),
                "FCS!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        TestCapture.Decoded d = TestCapture.decode(new TestCapture(1).add(1, withTrailer).write(dir, "trailer.pcap"));
        assertThat(d.events()).singleElement().extracting(e -> e.message().toBytes()).isEqualTo(INVITE);
    }

    @Test
    void aKeepAliveInAPaddedMinimumFrameIsAKeepAlive() {
        byte[] frame = Frames.ether(Frames.A, Frames.B, Frames.udp(Frames.A, Frames.B, "\r\n\r\n".getBytes()));
        byte[] padded = java.util.Arrays.copyOf(frame, 60);
        TestCapture.Decoded d = TestCapture.decode(new TestCapture(1).add(1, padded).write(dir, "keepalive.pcap"));
        assertThat(d.events()).isEmpty();
        assertThat(d.summary().count(PacketOutcome.SIP_KEEPALIVE)).isEqualTo(1);
    }

    @Test
    void anUnknownLinkTypeOrEtherTypeIsCountedNotFatal() {
        byte[] sip = Frames.ether(Frames.A, Frames.B, Frames.udp(Frames.A, Frames.B, INVITE));
        TestCapture.Decoded wifi = TestCapture.decode(new TestCapture(105).add(1, sip).write(dir, "wifi.pcap"));
        assertThat(wifi.summary().count(PacketOutcome.LINK_TYPE_UNSUPPORTED)).isEqualTo(1);
        byte[] arp = Frames.ether(0x0806, new byte[28]);
        byte[] cutShort = new byte[10];
        TestCapture.Decoded d = TestCapture.decode(new TestCapture(1).add(1, arp).add(2, cutShort).add(3, sip)
                .write(dir, "mixed.pcap"));
        assertThat(d.summary().count(PacketOutcome.NOT_IP)).isEqualTo(1);
        assertThat(d.summary().count(PacketOutcome.LINK_MALFORMED)).isEqualTo(1);
        assertThat(d.events()).extracting(WireEvent::transport).containsExactly(Transport.UDP);
    }

    @Test
    void ipv4OptionsAreSteppedOverByTheHeaderLength() {
        byte[] udp = org.persistlab.analyzer.capture.FrameEncoder.udp(Frames.A, Frames.B, INVITE);
        byte[] ip = new byte[24 + udp.length];
        java.nio.ByteBuffer.wrap(ip).put((byte) 0x46).put((byte) 0).putShort((short) ip.length).putShort((short) 9)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 17).putShort((short) 0)
                .put(Frames.A.addressBytes()).put(Frames.B.addressBytes())
                .putInt(0x94040000) // router alert option (RFC 2113)
                .put(udp);
        int sum = org.persistlab.analyzer.capture.FrameEncoder.checksum(ip, 0, 24, 0);
        ip[10] = (byte) (sum >>> 8);
        ip[11] = (byte) sum;
        Path file = new TestCapture(1).add(1, Frames.ether(Frames.A, Frames.B, ip)).write(dir, "options.pcap");
        assertThat(TestCapture.decode(file).events()).singleElement().extracting(e -> e.message().toBytes())
                .isEqualTo(INVITE);
        assertThat(TsharkCheck.sipMessages(file)).isEqualTo(1);
    }

    @Test
    void aSnapLengthCutKeepsAMessageWhoseHeadersSurviveAndCountsOneCutInItsStartLine() throws Exception {
        byte[] big = SipSamples.request("INVITE", "snap", 1, 600);
        byte[] frame = Frames.ether(Frames.A, Frames.B, Frames.udp(Frames.A, Frames.B, big));
        Path file = dir.resolve("snap.pcap");
        int headersEnd = new String(big, java.nio.charset.StandardCharsets.US_ASCII).indexOf("\r\n\r\n") + 4;
        try (org.persistlab.analyzer.capture.PcapWriter w = org.persistlab.analyzer.capture.PcapWriter.create(file, 1,
                org.persistlab.analyzer.capture.PcapWriter.Precision.NANOS)) {
            w.write(1, frame, 0, 42 + headersEnd + 100, frame.length); // body cut short
            w.write(2, frame, 0, 42 + 10, frame.length);               // cut inside the start line
        }
        TestCapture.Decoded d = TestCapture.decode(file);
        assertThat(d.events()).singleElement().satisfies(e -> {
            assertThat(e.message().bodyTruncated()).isTrue();
            assertThat(e.message().callId()).isEqualTo("snap");
        });
        assertThat(d.summary().count(PacketOutcome.IP_TRUNCATED)).isEqualTo(1);
        assertThat(d.problems()).isEmpty();
    }
}
