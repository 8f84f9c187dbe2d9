package org.persistlab.analyzer.capture;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * Writes {@link WireEvent}s as a capture a packet analyzer reads like a real one: Ethernet frames,
 * IPv4 or IPv6 by the endpoints' addresses, nanosecond pcap timestamps.
 * <ul>
 * <li>UDP: one datagram per message, IP-fragmented at a 1500-byte MTU when larger.</li>
 * <li>TCP and TLS: a SYN, SYN-ACK, ACK handshake before a connection's first data (the sender of the
 *     first message is the client), consistent sequence and acknowledgement numbers per connection,
 *     segments of at most 1448 bytes. TLS legs are written decrypted, as SIP over TCP, the way a
 *     capture with keys shows them.</li>
 * <li>WS and WSS: the same over TCP, with an HTTP Upgrade handshake and one WebSocket text frame per
 *     message, masked from client to server (RFC 6455 §5.3); WSS is written decrypted like TLS.</li>
 * <li>SCTP: DATA chunks (payload protocol 0) with per-direction TSNs, split into fragments of at most
 *     1400 bytes.</li>
 * </ul>
 * Everything is derived from the events (ISNs, IP ids and masks from counters), so the same events
 * give the same file byte for byte.
 */
public final class WireEventPcapWriter implements Closeable {
    static final int MSS = 1448;
    private static final int MTU = 1500;
    private static final int SCTP_CHUNK = 1400;

    private final PcapWriter pcap;
    private final Map<StreamKey, StreamLeg> legs = new HashMap<>();
    private int ipId;
    private int connections;

    /** Identifies one connection; {@code client} is whichever end sent first. */
    private record StreamKey(Endpoint low, Endpoint high, Transport transport) {
        static StreamKey of(Endpoint a, Endpoint b, Transport t) {
            return a.compareTo(b) <= 0 ? new StreamKey(a, b, t) : new StreamKey(b, a, t);
        }
    }

    /** Sequence state of one stream connection (TCP, TLS, WS, WSS) or SCTP association. */
    private static final class StreamLeg {
        final Endpoint client;
        final Endpoint server;
        int clientSeq;
        int serverSeq;
        int maskCounter;

        StreamLeg(Endpoint client, Endpoint server, int clientIsn, int serverIsn) {
            this.client = client;
            this.server = server;
            this.clientSeq = clientIsn;
            this.serverSeq = serverIsn;
        }
    }

    public WireEventPcapWriter(OutputStream out) throws IOException {
        this.pcap = new PcapWriter(out, 1, PcapWriter.Precision.NANOS);
    }

    public static WireEventPcapWriter create(Path file) throws IOException {
        return new WireEventPcapWriter(Files.newOutputStream(file));
    }

    /** Writes the packets that carry one message (and, first on a connection, its handshake). */
    public void write(WireEvent e) throws IOException {
        byte[] sip = e.message().toBytes();
        switch (e.transport()) {
            case UDP -> writeUdp(e, sip);
            case SCTP -> writeSctp(e, sip);
            case TCP, TLS -> writeStream(e, sip, false);
            case WS, WSS -> writeStream(e, sip, true);
        }
    }

    private void writeUdp(WireEvent e, byte[] sip) throws IOException {
        byte[] datagram = FrameEncoder.udp(e.src(), e.dst(), sip);
        writeIp(e.timeNanos(), e.src(), e.dst(), FrameEncoder.PROTO_UDP, datagram);
    }

    /** Sends an upper-layer packet, fragmenting it at the MTU (IPv4 fragments, or IPv6 fragment headers). */
    private void writeIp(long time, Endpoint src, Endpoint dst, int protocol, byte[] payload) throws IOException {
        int id = ++ipId & 0xFFFF;
        int header = src.isIpv4() ? 20 : 40;
        if (header + payload.length <= MTU) {
            frame(time, src, dst, FrameEncoder.ip(src, dst, protocol, id, payload));
            return;
        }
        int step = src.isIpv4() ? (MTU - 20) & ~7 : (MTU - 48) & ~7;
        for (int off = 0; off < payload.length; off += step) {
            int n = Math.min(step, payload.length - off);
            boolean more = off + n < payload.length;
            byte[] packet;
            if (src.isIpv4()) {
                byte[] part = new byte[n];
                System.arraycopy(payload, off, part, 0, n);
                packet = FrameEncoder.ipv4(src, dst, protocol, id, (more ? 0x2000 : 0) | (off >>> 3), part);
            } else {
                packet = FrameEncoder.ipv6(src, dst, FrameEncoder.PROTO_IPV6_FRAGMENT,
                        FrameEncoder.ipv6Fragment(protocol, off, more, id, payload, off, n));
            }
            frame(time, src, dst, packet);
        }
    }

    private void writeSctp(WireEvent e, byte[] sip) throws IOException {
        StreamLeg leg = leg(e, false);
        boolean fromClient = e.src().equals(leg.client);
        int off = 0;
        do {
            int n = Math.min(SCTP_CHUNK, sip.length - off);
            int flags = (off == 0 ? 0x02 : 0) | (off + n >= sip.length ? 0x01 : 0);
            int tsn = fromClient ? leg.clientSeq++ : leg.serverSeq++;
            byte[] chunk = FrameEncoder.sctpData(flags, tsn, 0, 0, 0, sip, off, n);
            writeIp(e.timeNanos(), e.src(), e.dst(), FrameEncoder.PROTO_SCTP,
                    FrameEncoder.sctp(e.src(), e.dst(), 1, chunk));
            off += n;
        } while (off < sip.length);
    }

    private void writeStream(WireEvent e, byte[] sip, boolean webSocket) throws IOException {
        StreamLeg leg = leg(e, true);
        long t = e.timeNanos();
        if (webSocket && leg.maskCounter == 0) {
            leg.maskCounter = 1;
            String host = leg.server.toString();
            send(t, leg, true, ("GET / HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Protocol: sip\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            send(t, leg, false, ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Protocol: sip\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        boolean fromClient = e.src().equals(leg.client);
        byte[] data = webSocket ? webSocketFrame(sip, fromClient ? leg.maskCounter++ : 0, fromClient) : sip;
        send(t, leg, fromClient, data);
    }

    private StreamLeg leg(WireEvent e, boolean tcp) throws IOException {
        Transport kind = e.transport() == Transport.TLS ? Transport.TCP
                : e.transport() == Transport.WSS ? Transport.WS : e.transport();
        StreamKey key = StreamKey.of(e.src(), e.dst(), kind);
        StreamLeg leg = legs.get(key);
        if (leg == null) {
            connections++;
            int isnClient = connections * 0x01000193;
            int isnServer = ~isnClient * 0x2F0B3A49;
            leg = new StreamLeg(e.src(), e.dst(), isnClient, isnServer);
            legs.put(key, leg);
            if (tcp) {
                handshake(e.timeNanos(), leg);
            }
        }
        return leg;
    }

    private void handshake(long t, StreamLeg leg) throws IOException {
        tcpPacket(t, leg.client, leg.server, leg.clientSeq, 0, FrameEncoder.TCP_SYN, new byte[0]);
        tcpPacket(t, leg.server, leg.client, leg.serverSeq, leg.clientSeq + 1, FrameEncoder.TCP_SYN | FrameEncoder.TCP_ACK,
                new byte[0]);
        leg.clientSeq++;
        leg.serverSeq++;
        tcpPacket(t, leg.client, leg.server, leg.clientSeq, leg.serverSeq, FrameEncoder.TCP_ACK, new byte[0]);
    }

    /** Sends bytes in one direction of a connection, in segments of at most one MSS. */
    private void send(long t, StreamLeg leg, boolean fromClient, byte[] data) throws IOException {
        Endpoint src = fromClient ? leg.client : leg.server;
        Endpoint dst = fromClient ? leg.server : leg.client;
        for (int off = 0; off < data.length; off += MSS) {
            int n = Math.min(MSS, data.length - off);
            byte[] part = new byte[n];
            System.arraycopy(data, off, part, 0, n);
            int seq = fromClient ? leg.clientSeq : leg.serverSeq;
            int ack = fromClient ? leg.serverSeq : leg.clientSeq;
            tcpPacket(t, src, dst, seq, ack, FrameEncoder.TCP_PSH | FrameEncoder.TCP_ACK, part);
            if (fromClient) {
                leg.clientSeq += n;
            } else {
                leg.serverSeq += n;
            }
        }
    }

    private void tcpPacket(long t, Endpoint src, Endpoint dst, int seq, int ack, int flags, byte[] payload)
            throws IOException {
        byte[] segment = FrameEncoder.tcp(src, dst, seq, ack, flags, payload);
        frame(t, src, dst, FrameEncoder.ip(src, dst, FrameEncoder.PROTO_TCP, ++ipId & 0xFFFF, segment));
    }

    /** One final text frame; masked with a key derived from a counter when sent by the client. */
    static byte[] webSocketFrame(byte[] payload, int maskSeed, boolean masked) {
        int n = payload.length;
        int lengthBytes = n < 126 ? 0 : n < 65536 ? 2 : 8;
        byte[] out = new byte[2 + lengthBytes + (masked ? 4 : 0) + n];
        out[0] = (byte) 0x81;
        out[1] = (byte) ((masked ? 0x80 : 0) | (n < 126 ? n : n < 65536 ? 126 : 127));
        int p = 2;
        for (int i = lengthBytes - 1; i >= 0; i--) {
            out[p++] = (byte) ((long) n >>> (8 * i));
        }
        byte[] mask = {(byte) (maskSeed * 0x9E), (byte) (maskSeed * 0x37 + 1), (byte) (maskSeed * 0x79 + 2),
            (byte) (maskSeed * 0xB9 + 3)};
        if (masked) {
            System.arraycopy(mask, 0, out, p, 4);
            p += 4;
        }
        for (int i = 0; i < n; i++) {
            out[p + i] = masked ? (byte) (payload[i] ^ mask[i & 3]) : payload[i];
        }
        return out;
    }

    private void frame(long t, Endpoint src, Endpoint dst, byte[] ipPacket) throws IOException {
        byte[] f = FrameEncoder.ethernet(src, dst, ipPacket);
        pcap.write(t, f, 0, f.length);
    }

    public void flush() throws IOException {
        pcap.flush();
    }

    @Override
    public void close() throws IOException {
        pcap.close();
    }
}
