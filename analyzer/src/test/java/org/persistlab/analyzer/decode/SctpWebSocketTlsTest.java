package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.capture.FrameEncoder;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/** The other transports: SCTP DATA chunks, SIP over WebSocket, and TLS (timed, never parsed). */
class SctpWebSocketTlsTest {
    private static final Endpoint CLIENT = Endpoint.parse("192.0.2.10:40000");
    private static final Endpoint SERVER = Endpoint.parse("198.51.100.20:5060");
    private static final Endpoint WS_SERVER = Endpoint.parse("198.51.100.20:8080");
    private static final byte[] INVITE = SipSamples.request("INVITE", "c1", 1, 900);
    private static final byte[] BYE = SipSamples.request("BYE", "c1", 2, 0);
    private static final byte[] OK = SipSamples.response(200, "OK", "BYE", "c1", 2);

    @TempDir
    Path dir;

    private static byte[] sctpFrame(Endpoint src, Endpoint dst, byte[]... chunks) {
        return Frames.ether(src, dst, FrameEncoder.ip(src, dst, FrameEncoder.PROTO_SCTP, 1,
                FrameEncoder.sctp(src, dst, 7, chunks)));
    }

    private static byte[] data(int flags, int tsn, int stream, int ppid, byte[] b, int from, int to) {
        return FrameEncoder.sctpData(flags, tsn, stream, 0, ppid, b, from, to - from);
    }

    @Test
    void sctpChunksSeveralPerPacketFragmentedAndRetransmitted() {
        byte[] initLike = {1, 0, 0, 4};
        int half = INVITE.length / 2;
        TestCapture c = new TestCapture(1)
                .add(1, sctpFrame(CLIENT, SERVER, initLike))                                       // no DATA
                .add(2, sctpFrame(CLIENT, SERVER, data(0x02, 10, 1, 0, INVITE, 0, half)))           // B
                .add(3, sctpFrame(CLIENT, SERVER, data(0x01, 11, 1, 0, INVITE, half, INVITE.length))) // E
                .add(4, sctpFrame(CLIENT, SERVER, data(0x03, 12, 0, 5, BYE, 0, BYE.length),          // PPID 5
                        data(0x03, 13, 2, 0, BYE, 0, BYE.length)))                                  // two in one
                .add(5, sctpFrame(CLIENT, SERVER, data(0x03, 13, 2, 0, BYE, 0, BYE.length)))        // retransmitted
                .add(6, sctpFrame(SERVER, CLIENT, data(0x03, 500, 0, 0, OK, 0, OK.length)));
        Path file = c.write(dir, "sctp.pcap");
        TestCapture.Decoded d = TestCapture.decode(file);
        assertThat(d.events()).extracting(e -> e.message().startLine())
                .containsExactly("INVITE sip:bob@example.com SIP/2.0", "BYE sip:bob@example.com SIP/2.0",
                        "BYE sip:bob@example.com SIP/2.0", "SIP/2.0 200 OK");
        assertThat(d.events()).allMatch(e -> e.transport() == Transport.SCTP);
        assertThat(d.events().get(0).message().toBytes()).isEqualTo(INVITE);
        assertThat(d.events().get(0).timeNanos()).isEqualTo(TestCapture.BASE_NANOS + 3_000);
        assertThat(d.summary().count(DecodeEvent.SCTP_DUPLICATE_CHUNK)).isEqualTo(1);
        assertThat(d.summary().count(PacketOutcome.SCTP_NOT_SIP)).isEqualTo(3); // INIT, first fragment, duplicate
    }

    /** One WebSocket frame, masked with {@code mask} when not null. */
    private static byte[] wsFrame(boolean fin, int opcode, byte[] mask, byte[] payload) {
        int n = payload.length;
        ByteBuffer b = ByteBuffer.allocate(14 + n);
        b.put((byte) ((fin ? 0x80 : 0) | opcode));
        int maskBit = mask != null ? 0x80 : 0;
        if (n < 126) {
            b.put((byte) (maskBit | n));
        } else if (n < 65536) {
            b.put((byte) (maskBit | 126)).putShort((short) n);
        } else {
            b.put((byte) (maskBit | 127)).putLong(n);
        }
        if (mask != null) {
            b.put(mask);
        }
        for (int i = 0; i < n; i++) {
            b.put(mask != null ? (byte) (payload[i] ^ mask[i & 3]) : payload[i]);
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    @Test
    void sipOverWebSocketWithMaskingFragmentsAndControlFrames() {
        byte[] mask = {0x11, 0x22, 0x33, 0x44};
        byte[] upgrade = ("GET /ws HTTP/1.1\r\nHost: gw\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: sip\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] switching = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Protocol: sip\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        int third = INVITE.length / 3;
        byte[] clientStream = SipSamples.concat(upgrade,
                wsFrame(false, 1, mask, SipSamples.slice(INVITE, 0, third)),          // text, not final
                wsFrame(true, 9, mask, "ping".getBytes()),                             // ping between fragments
                wsFrame(false, 0, mask, SipSamples.slice(INVITE, third, 2 * third)),
                wsFrame(true, 0, mask, SipSamples.slice(INVITE, 2 * third, INVITE.length)),
                wsFrame(true, 2, mask, BYE));                                          // binary frame
        byte[] serverStream = SipSamples.concat(switching, wsFrame(true, 1, null, OK));
        Conn conn = new Conn(CLIENT, WS_SERVER);
        conn.handshake();
        int split = upgrade.length + 3; // a frame header cut across two segments
        conn.up(clientStream, 0, upgrade.length).down(serverStream, 0, switching.length)
                .up(clientStream, upgrade.length, split).up(clientStream, split, clientStream.length)
                .down(serverStream, switching.length, serverStream.length);
        Path file = conn.capture.write(dir, "ws.pcap");
        TestCapture.Decoded d = TestCapture.decode(file);
        assertThat(d.problems()).isEmpty();
        assertThat(d.events()).extracting(e -> e.message().toBytes()).containsExactly(INVITE, BYE, OK);
        assertThat(d.events()).allMatch(e -> e.transport() == Transport.WS);
        assertThat(d.events().get(2).src()).isEqualTo(WS_SERVER);
        assertThat(d.summary().count(DecodeEvent.WEBSOCKET_CONNECTION)).isEqualTo(1);
        // tshark hands only text frames to its SIP dissector; RFC 7118 §5 allows binary ones too, so the
        // BYE in a binary frame is one message we find that tshark does not.
        assertThat(TsharkCheck.sipMessages(file)).isEqualTo(2);
    }

    @Test
    void tlsIsCountedPerConnectionWithItsPacketTimesAndNeverParsed() {
        byte[] clientHello = SipSamples.concat(new byte[] {0x16, 0x03, 0x01, 0x00, 0x30}, new byte[0x30]);
        byte[] appData = SipSamples.concat(new byte[] {0x17, 0x03, 0x03, 0x00, 0x40}, new byte[0x40]);
        Endpoint tlsServer = SERVER.withPort(5061);
        Conn conn = new Conn(CLIENT, tlsServer);
        conn.handshake().up(clientHello, 0, clientHello.length).down(appData, 0, appData.length);
        // The SIP text inside a later record must not be read: on a TLS connection nothing is.
        byte[] sipLooking = SipSamples.concat(appData, INVITE);
        conn.up(SipSamples.concat(clientHello, sipLooking), clientHello.length, clientHello.length + sipLooking.length);
        TestCapture.Decoded d = TestCapture.decode(conn.capture.write(dir, "tls.pcap"));
        assertThat(d.events()).isEmpty();
        assertThat(d.summary().tlsConnections()).isEqualTo(1);
        // Packets get their outcome when read: the TCP handshake came before the first TLS record.
        assertThat(d.summary().tlsPackets()).isEqualTo(3);
        assertThat(d.summary().count(PacketOutcome.TCP_NO_PAYLOAD)).isEqualTo(3);
        List<EncryptedFlow> flows = d.summary().encryptedFlows();
        assertThat(flows).hasSize(2);
        EncryptedFlow fromServer = flows.stream().filter(f -> f.src().equals(tlsServer)).findFirst().orElseThrow();
        assertThat(fromServer.packets()).isEqualTo(2);
        assertThat(fromServer.firstPacketNanos()).isEqualTo(conn.timeOfFrame(2));
        assertThat(fromServer.lastPacketNanos()).isEqualTo(conn.timeOfFrame(5));
        EncryptedFlow fromClient = flows.stream().filter(f -> f.src().equals(CLIENT)).findFirst().orElseThrow();
        assertThat(fromClient.lastPacketNanos()).isEqualTo(conn.timeOfFrame(6));
        assertThat(fromClient.payloadBytes()).isEqualTo(clientHello.length + sipLooking.length);
        // Each packet from the first TLS record on is told as it is read, with its direction.
        List<String> packets = new ArrayList<>();
        new CaptureDecoder().onEncryptedPacket((t, src, dst) -> packets.add(t + " " + src + ">" + dst))
                .decode(dir.resolve("tls.pcap"), e -> { }, p -> { });
        assertThat(packets).containsExactly(conn.timeOfFrame(4) + " " + CLIENT + ">" + tlsServer,
                conn.timeOfFrame(5) + " " + tlsServer + ">" + CLIENT, conn.timeOfFrame(6) + " " + CLIENT + ">" + tlsServer);
    }

    @Test
    void anHttpConnectionWithoutUpgradeIsNotSip() {
        byte[] get = "GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        Conn conn = new Conn(CLIENT, SERVER);
        conn.handshake().up(get, 0, get.length);
        TestCapture.Decoded d = TestCapture.decode(conn.capture.write(dir, "http.pcap"));
        assertThat(d.events()).isEmpty();
        assertThat(d.summary().count(PacketOutcome.TCP_NOT_SIP)).isEqualTo(1);
    }

    /** A TCP connection between two endpoints, for these tests. */
    private static final class Conn {
        final TestCapture capture = new TestCapture(1);
        final Endpoint client;
        final Endpoint server;
        long t;

        Conn(Endpoint client, Endpoint server) {
            this.client = client;
            this.server = server;
        }

        Conn handshake() {
            frame(client, server, 99, 0, FrameEncoder.TCP_SYN, new byte[0]);
            frame(server, client, 499, 100, FrameEncoder.TCP_SYN | FrameEncoder.TCP_ACK, new byte[0]);
            frame(client, server, 100, 500, FrameEncoder.TCP_ACK, new byte[0]);
            return this;
        }

        Conn up(byte[] stream, int from, int to) {
            return frame(client, server, 100 + from, 500, FrameEncoder.TCP_PSH | FrameEncoder.TCP_ACK,
                    SipSamples.slice(stream, from, to));
        }

        Conn down(byte[] stream, int from, int to) {
            return frame(server, client, 500 + from, 100, FrameEncoder.TCP_PSH | FrameEncoder.TCP_ACK,
                    SipSamples.slice(stream, from, to));
        }

        Conn frame(Endpoint src, Endpoint dst, int seq, int ack, int flags, byte[] payload) {
            capture.add(t += 10, Frames.ether(src, dst, Frames.tcp(src, dst, seq, ack, flags, payload)));
            return this;
        }

        long timeOfFrame(int n) {
            return TestCapture.BASE_NANOS + 10_000L * n;
        }
    }

    static List<Transport> transports(List<WireEvent> events) {
        return events.stream().map(WireEvent::transport).toList();
    }
}
