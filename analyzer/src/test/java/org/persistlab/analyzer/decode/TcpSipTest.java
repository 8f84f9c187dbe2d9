package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.capture.CaptureCorpus;
import org.persistlab.analyzer.capture.FrameEncoder;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/** SIP over TCP through the whole decoder: the cases other analyzers get wrong, each in its own capture. */
class TcpSipTest {
    private static final Endpoint PHONE = Endpoint.parse("192.0.2.10:49152");
    private static final Endpoint GATEWAY = Endpoint.parse("198.51.100.20:5060");
    private static final int PHONE_ISN = 1000;
    private static final int GATEWAY_ISN = 0x7FFF_FFF0;
    private static final int ACK = FrameEncoder.TCP_ACK;
    private static final int PSH_ACK = FrameEncoder.TCP_PSH | FrameEncoder.TCP_ACK;

    private static final byte[] REGISTER = SipSamples.request("REGISTER", "r1", 1, 0);
    private static final byte[] SUBSCRIBE = SipSamples.request("SUBSCRIBE", "s1", 1, 0);
    private static final byte[] INVITE = SipSamples.request("INVITE", "i1", 1, 4000);
    private static final byte[] OK = SipSamples.response(200, "OK", "REGISTER", "r1", 1);

    @TempDir
    Path dir;

    /** A capture of one connection: handshake, then whatever the test adds. */
    private static final class Conn {
        final TestCapture capture = new TestCapture(1);
        long t;

        Conn handshake() {
            frame(PHONE, GATEWAY, PHONE_ISN, 0, FrameEncoder.TCP_SYN, new byte[0]);
            frame(GATEWAY, PHONE, GATEWAY_ISN, PHONE_ISN + 1, FrameEncoder.TCP_SYN | ACK, new byte[0]);
            frame(PHONE, GATEWAY, PHONE_ISN + 1, GATEWAY_ISN + 1, ACK, new byte[0]);
            return this;
        }

        /** Phone to gateway: the bytes {@code [from, to)} of the phone's stream. */
        Conn up(byte[] stream, int from, int to) {
            return frame(PHONE, GATEWAY, PHONE_ISN + 1 + from, GATEWAY_ISN + 1, PSH_ACK, SipSamples.slice(stream, from, to));
        }

        Conn down(byte[] stream, int from, int to) {
            return frame(GATEWAY, PHONE, GATEWAY_ISN + 1 + from, PHONE_ISN + 1, PSH_ACK, SipSamples.slice(stream, from, to));
        }

        Conn frame(Endpoint src, Endpoint dst, int seq, int ack, int flags, byte[] payload) {
            capture.add(t += 10, Frames.ether(src, dst, Frames.tcp(src, dst, seq, ack, flags, payload)));
            return this;
        }

        long timeOfFrame(int n) {
            return TestCapture.BASE_NANOS + 10_000L * n;
        }
    }

    private static List<String> firstWords(TestCapture.Decoded d) {
        return d.startLines().stream().map(l -> l.substring(0, l.indexOf(' '))).toList();
    }

    @Test
    void twoMessagesInOneSegmentAndAThirdStartingInIt() {
        byte[] stream = SipSamples.concat(SUBSCRIBE, REGISTER, INVITE);
        int cut = SUBSCRIBE.length + REGISTER.length + 30;
        Conn c = new Conn().handshake().up(stream, 0, cut).up(stream, cut, stream.length);
        Path file = c.capture.write(dir, "two-in-one.pcap");
        TestCapture.Decoded d = TestCapture.decode(file);
        assertThat(firstWords(d)).containsExactly("SUBSCRIBE", "REGISTER", "INVITE");
        assertThat(d.events()).extracting(WireEvent::timeNanos)
                .containsExactly(c.timeOfFrame(4), c.timeOfFrame(4), c.timeOfFrame(5));
        assertThat(d.events()).allSatisfy(e -> {
            assertThat(e.transport()).isEqualTo(Transport.TCP);
            assertThat(e.src()).isEqualTo(PHONE);
        });
        assertThat(d.events().get(2).message().toBytes()).isEqualTo(INVITE);
        assertThat(TsharkCheck.sipMessages(file)).isEqualTo(3);
    }

    @Test
    void oneMessageOverManySegmentsCompletesWithTheLastOne() {
        Conn c = new Conn().handshake();
        for (int off = 0; off < INVITE.length; off += 700) {
            c.up(INVITE, off, Math.min(INVITE.length, off + 700));
        }
        Path file = c.capture.write(dir, "many-segments.pcap");
        TestCapture.Decoded d = TestCapture.decode(file);
        int segments = (INVITE.length + 699) / 700;
        assertThat(d.events()).singleElement().satisfies(e -> {
            assertThat(e.message().toBytes()).isEqualTo(INVITE);
            assertThat(e.timeNanos()).isEqualTo(c.timeOfFrame(3 + segments));
        });
        assertThat(d.summary().count(PacketOutcome.SIP)).isEqualTo(segments);
        assertThat(TsharkCheck.sipMessages(file)).isEqualTo(1);
    }

    @Test
    void fourSegmentsOutOfOrderAreReassembled() {
        int q = INVITE.length / 4;
        Conn c = new Conn().handshake().up(INVITE, 3 * q, INVITE.length).up(INVITE, q, 2 * q).up(INVITE, 2 * q, 3 * q)
                .up(INVITE, 0, q).down(OK, 0, OK.length);
        Path file = c.capture.write(dir, "out-of-order.pcap");
        TestCapture.Decoded d = TestCapture.decode(file);
        assertThat(d.events()).hasSize(2);
        assertThat(d.events().get(0).message().toBytes()).isEqualTo(INVITE);
        assertThat(d.events().get(0).timeNanos()).isEqualTo(c.timeOfFrame(7));
        assertThat(d.summary().count(DecodeEvent.TCP_SEGMENT_REORDERED)).isEqualTo(3);
        assertThat(TsharkCheck.sipMessages(file)).isEqualTo(2);
    }

    @Test
    void retransmittedAndOverlappingSegmentsGiveEachMessageOnce() {
        byte[] stream = SipSamples.concat(REGISTER, SUBSCRIBE);
        int half = REGISTER.length / 2;
        Conn c = new Conn().handshake().up(stream, 0, half).up(stream, 0, half)      // exact retransmission
                .up(stream, half - 20, REGISTER.length + 10)                          // overlaps what was seen
                .up(stream, 0, stream.length);                                        // repacketized retransmission
        Path file = c.capture.write(dir, "retransmissions.pcap");
        TestCapture.Decoded d = TestCapture.decode(file);
        assertThat(firstWords(d)).containsExactly("REGISTER", "SUBSCRIBE");
        assertThat(d.summary().count(PacketOutcome.TCP_DUPLICATE)).isEqualTo(1);
        assertThat(TsharkCheck.sipMessages(file)).isEqualTo(2);
    }

    @Test
    void aCaptureStartingInsideABodyResynchronisesOnTheNextStartLine() {
        byte[] stream = SipSamples.concat(INVITE, REGISTER, SUBSCRIBE);
        Conn c = new Conn().up(stream, 1500, 3000).up(stream, 3000, stream.length);
        TestCapture.Decoded d = TestCapture.decode(c.capture.write(dir, "midstream.pcap"));
        assertThat(firstWords(d)).containsExactly("REGISTER", "SUBSCRIBE");
        assertThat(d.summary().count(DecodeEvent.TCP_MIDSTREAM_START)).isEqualTo(1);
        assertThat(d.summary().count(DecodeEvent.STREAM_BYTES_SKIPPED)).isEqualTo(INVITE.length - 1500);
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void aSegmentThatWasNeverCapturedCostsOnlyTheMessageItWasIn() {
        byte[] stream = SipSamples.concat(REGISTER, SUBSCRIBE, REGISTER);
        int lostFrom = REGISTER.length + 10;
        int lostTo = REGISTER.length + 60;
        Conn c = new Conn().handshake().up(stream, 0, lostFrom).up(stream, lostTo, stream.length)
                .frame(GATEWAY, PHONE, GATEWAY_ISN + 1, PHONE_ISN + 1 + stream.length, ACK, new byte[0]);
        TestCapture.Decoded d = TestCapture.decode(c.capture.write(dir, "lost-segment.pcap"));
        assertThat(firstWords(d)).containsExactly("REGISTER", "REGISTER");
        assertThat(d.summary().count(DecodeEvent.TCP_GAP)).isEqualTo(1);
    }

    @Test
    void finOnBothSidesReleasesTheStreamAndTheFourTupleCanBeReused() {
        Conn c = new Conn().handshake().up(REGISTER, 0, REGISTER.length).down(OK, 0, OK.length)
                .frame(PHONE, GATEWAY, PHONE_ISN + 1 + REGISTER.length, GATEWAY_ISN + 1 + OK.length,
                        FrameEncoder.TCP_FIN | ACK, new byte[0])
                .frame(GATEWAY, PHONE, GATEWAY_ISN + 1 + OK.length, PHONE_ISN + 2 + REGISTER.length,
                        FrameEncoder.TCP_FIN | ACK, new byte[0]);
        c.handshake().up(SUBSCRIBE, 0, SUBSCRIBE.length);
        TestCapture.Decoded d = TestCapture.decode(c.capture.write(dir, "fin-reuse.pcap"));
        assertThat(firstWords(d)).containsExactly("REGISTER", "SIP/2.0", "SUBSCRIBE");
        assertThat(d.summary().count(DecodeEvent.TCP_CONNECTION_EXPIRED)).isZero();
    }

    @Test
    void aResetCutsTheMessageInFlightAndCountsIt() {
        byte[] stream = SipSamples.concat(REGISTER, INVITE);
        Conn c = new Conn().handshake().up(stream, 0, REGISTER.length).up(stream, REGISTER.length, REGISTER.length + 1000)
                .frame(GATEWAY, PHONE, GATEWAY_ISN + 1, 0, FrameEncoder.TCP_RST, new byte[0]);
        TestCapture.Decoded d = TestCapture.decode(c.capture.write(dir, "reset.pcap"));
        assertThat(firstWords(d)).containsExactly("REGISTER");
        assertThat(d.summary().count(DecodeEvent.SIP_STREAM_TRUNCATED)).isEqualTo(1);
    }

    @Test
    void aMessageWithoutContentLengthOnAStreamIsAProblemNamingTheStreamOffset() {
        byte[] noLength = "OPTIONS sip:gw SIP/2.0\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\n\r\n".getBytes();
        byte[] stream = SipSamples.concat(noLength, REGISTER);
        TestCapture.Decoded d = TestCapture.decode(new Conn().handshake().up(stream, 0, stream.length).capture
                .write(dir, "no-length.pcap"));
        assertThat(firstWords(d)).containsExactly("REGISTER");
        assertThat(d.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("stream byte 0").contains("Content-Length");
            assertThat(p.offset()).isPositive();
        });
    }

    /** pkts' fragmented_tcp_sip.pcap: an INVITE of 5 KB (mostly headers) in three segments of 1448, 1448, 2259 bytes. */
    @Test
    void publicSegmentedInvite() {
        TestCapture.Decoded d = TestCapture.decode(CaptureCorpus.repo("pkts_call_tcp_segmented.pcap"));
        assertThat(firstWords(d)).containsExactly("INVITE", "SIP/2.0", "SIP/2.0", "ACK", "BYE", "SIP/2.0");
        assertThat(d.events().get(0).message().length()).isGreaterThan(1448 * 2 + 2000);
    }

    /** sip-capture's sip-tcp.pcap: SIPp over TCP on Linux SLL, no SYN in the capture. */
    @Test
    void publicMidstreamSllCapture() {
        TestCapture.Decoded d = TestCapture.decode(CaptureCorpus.repo("nc_sipp_tcp_midstream_sll.pcap"));
        assertThat(d.events()).hasSize(30).allMatch(e -> e.transport() == Transport.TCP);
        assertThat(d.summary().count(DecodeEvent.TCP_MIDSTREAM_START)).isPositive();
    }

    /** suricata-verify's sip-body-large.pcap: a large INVITE body over many segments on BSD loopback. */
    @Test
    void publicLargeBodyOnLoopback() {
        TestCapture.Decoded d = TestCapture.decode(CaptureCorpus.repo("sv_invite_large_body_tcp_null.pcap"));
        assertThat(firstWords(d)).containsExactly("INVITE", "SIP/2.0");
        assertThat(d.events().get(0).message().bodyTruncated()).isFalse();
    }
}
