package org.persistlab.analyzer.decode;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.persistlab.analyzer.capture.FrameEncoder;
import org.persistlab.sip.Endpoint;

/** Frame builders for test captures: link layers, tunnels, fragments, on top of {@link FrameEncoder}. */
final class Frames {
    static final Endpoint A = Endpoint.parse("192.0.2.10:5060");
    static final Endpoint B = Endpoint.parse("198.51.100.20:5070");
    static final Endpoint A6 = Endpoint.parse("[2001:db8::10]:5060");
    static final Endpoint B6 = Endpoint.parse("[2001:db8:1::20]:5070");
    static final int ETHERTYPE_IPV4 = 0x0800;
    static final int ETHERTYPE_IPV6 = 0x86DD;
    static final int PROTO_IPIP = 4;
    static final int PROTO_IPV6 = 41;
    static final int PROTO_GRE = 47;

    private Frames() {
    }

    /** A UDP datagram in an IP packet of the endpoints' version. */
    static byte[] udp(Endpoint src, Endpoint dst, byte[] payload) {
        return FrameEncoder.ip(src, dst, FrameEncoder.PROTO_UDP, 1, FrameEncoder.udp(src, dst, payload));
    }

    /** A TCP segment in an IP packet. */
    static byte[] tcp(Endpoint src, Endpoint dst, int seq, int ack, int flags, byte[] payload) {
        return FrameEncoder.ip(src, dst, FrameEncoder.PROTO_TCP, 1, FrameEncoder.tcp(src, dst, seq, ack, flags, payload));
    }

    static byte[] ether(Endpoint src, Endpoint dst, byte[] ip) {
        return FrameEncoder.ethernet(src, dst, ip);
    }

    static byte[] ether(int etherType, byte[] payload) {
        return FrameEncoder.ethernet(new byte[] {2, 0, 0, 0, 0, 2}, new byte[] {2, 0, 0, 0, 0, 1}, etherType, payload);
    }

    static int etherTypeOf(byte[] ip) {
        return (ip[0] & 0xF0) == 0x40 ? ETHERTYPE_IPV4 : ETHERTYPE_IPV6;
    }

    /** Ethernet with VLAN tags: {@code tpids[i]} announces tag i (VLAN id 100 + i). */
    static byte[] vlan(int[] tpids, byte[] ip) {
        ByteBuffer b = ByteBuffer.allocate(12 + 4 * tpids.length + 2 + ip.length);
        b.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1});
        for (int i = 0; i < tpids.length; i++) {
            b.putShort((short) tpids[i]).putShort((short) (100 + i));
        }
        return b.putShort((short) etherTypeOf(ip)).put(ip).array();
    }

    /** Linux cooked capture v1 (16-byte header, protocol last). */
    static byte[] sll(byte[] ip) {
        return ByteBuffer.allocate(16 + ip.length).putShort((short) 0).putShort((short) 1).putShort((short) 6)
                .put(new byte[] {2, 0, 0, 0, 0, 1, 0, 0}).putShort((short) etherTypeOf(ip)).put(ip).array();
    }

    /** Linux cooked capture v2 (20-byte header, protocol first). */
    static byte[] sll2(byte[] ip) {
        return ByteBuffer.allocate(20 + ip.length).putShort((short) etherTypeOf(ip)).putShort((short) 0).putInt(3)
                .putShort((short) 1).put((byte) 4).put((byte) 6).put(new byte[] {2, 0, 0, 0, 0, 1, 0, 0}).put(ip).array();
    }

    /** BSD loopback: the address family in little- or big-endian byte order. */
    static byte[] loopback(int family, boolean littleEndian, byte[] ip) {
        int f = littleEndian ? Integer.reverseBytes(family) : family;
        return ByteBuffer.allocate(4 + ip.length).putInt(f).put(ip).array();
    }

    /** A GRE header with optional checksum, key and sequence number, then the payload. */
    static byte[] gre(int protocol, boolean checksum, Integer key, Integer sequence, byte[] payload) {
        int flags = (checksum ? 0x8000 : 0) | (key != null ? 0x2000 : 0) | (sequence != null ? 0x1000 : 0);
        ByteBuffer b = ByteBuffer.allocate(4 + (checksum ? 4 : 0) + (key != null ? 4 : 0) + (sequence != null ? 4 : 0)
                + payload.length);
        b.putShort((short) flags).putShort((short) protocol);
        if (checksum) {
            b.putInt(0);
        }
        if (key != null) {
            b.putInt(key);
        }
        if (sequence != null) {
            b.putInt(sequence);
        }
        return b.put(payload).array();
    }

    /** ERSPAN type II: GRE with a sequence number, the 8-byte ERSPAN header, an Ethernet frame. */
    static byte[] erspan2(byte[] ethernet) {
        byte[] header = ByteBuffer.allocate(8).putShort((short) 0x1064).putShort((short) 0x0001).putInt(0).array();
        return gre(0x88BE, false, null, 7, SipSamples.concat(header, ethernet));
    }

    /** ERSPAN type III: 12-byte header (frame type Ethernet), optionally the 8-byte platform sub-header. */
    static byte[] erspan3(byte[] ethernet, boolean subHeader) {
        ByteBuffer h = ByteBuffer.allocate(subHeader ? 20 : 12).putShort((short) 0x2064).putShort((short) 0x0001)
                .putInt(0x01020304).putShort((short) 0).put((byte) 0).put((byte) (subHeader ? 1 : 0));
        if (subHeader) {
            h.putLong(0x0807060504030201L);
        }
        return gre(0x22EB, false, null, 9, SipSamples.concat(h.array(), ethernet));
    }

    /** An IPv4 packet carrying an arbitrary protocol (for tunnels). */
    static byte[] ipv4(Endpoint src, Endpoint dst, int protocol, byte[] payload) {
        return FrameEncoder.ipv4(src, dst, protocol, 7, 0, payload);
    }

    static byte[] ipv6(Endpoint src, Endpoint dst, int nextHeader, byte[] payload) {
        return FrameEncoder.ipv6(src, dst, nextHeader, payload);
    }

    /** IPv4 fragments of {@code payload} (an upper-layer packet), {@code size} bytes each (a multiple of 8). */
    static List<byte[]> ipv4Fragments(Endpoint src, Endpoint dst, int protocol, int id, byte[] payload, int size) {
        List<byte[]> out = new ArrayList<>();
        for (int off = 0; off < payload.length; off += size) {
            int n = Math.min(size, payload.length - off);
            boolean more = off + n < payload.length;
            out.add(FrameEncoder.ipv4(src, dst, protocol, id, (more ? 0x2000 : 0) | (off >>> 3),
                    SipSamples.slice(payload, off, off + n)));
        }
        return out;
    }

    /**
     * IPv6 fragments of {@code payload}, each carrying a hop-by-hop options header before the fragment
     * header (unfragmentable part), with a destination-options header inside the fragmentable part.
     */
    static List<byte[]> ipv6Fragments(Endpoint src, Endpoint dst, int protocol, int id, byte[] payload, int size) {
        byte[] destinationOptions = {(byte) protocol, 0, 1, 4, 0, 0, 0, 0};
        byte[] fragmentable = SipSamples.concat(destinationOptions, payload);
        List<byte[]> out = new ArrayList<>();
        for (int off = 0; off < fragmentable.length; off += size) {
            int n = Math.min(size, fragmentable.length - off);
            boolean more = off + n < fragmentable.length;
            byte[] frag = FrameEncoder.ipv6Fragment(60, off, more, id, fragmentable, off, n);
            byte[] hopByHop = {44, 0, 1, 4, 0, 0, 0, 0};
            out.add(FrameEncoder.ipv6(src, dst, 0, SipSamples.concat(hopByHop, frag)));
        }
        return out;
    }
}
