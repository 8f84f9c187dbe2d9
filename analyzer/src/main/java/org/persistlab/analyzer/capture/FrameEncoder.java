package org.persistlab.analyzer.capture;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

import org.persistlab.sip.Endpoint;

/**
 * Builds wire-correct frames: Ethernet II, IPv4 (header checksum, fragments), IPv6 (with a fragment
 * header when asked), UDP and TCP (checksums over the pseudo-header) and SCTP (CRC32c). Used to
 * write captures from {@link org.persistlab.sip.WireEvent}s, and by tests to craft captures.
 */
public final class FrameEncoder {
    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_IPV6 = 0x86DD;
    public static final int PROTO_TCP = 6;
    public static final int PROTO_UDP = 17;
    public static final int PROTO_IPV6_FRAGMENT = 44;
    public static final int PROTO_SCTP = 132;
    public static final int TCP_FIN = 0x01;
    public static final int TCP_SYN = 0x02;
    public static final int TCP_RST = 0x04;
    public static final int TCP_PSH = 0x08;
    public static final int TCP_ACK = 0x10;

    private FrameEncoder() {
    }

    /** A locally administered MAC address derived from the endpoint's address, so frames are reproducible. */
    public static byte[] macFor(Endpoint e) {
        byte[] a = e.addressBytes();
        byte[] mac = new byte[6];
        mac[0] = 0x02;
        int n = Math.min(5, a.length);
        System.arraycopy(a, a.length - n, mac, 6 - n, n);
        return mac;
    }

    public static byte[] ethernet(byte[] dstMac, byte[] srcMac, int etherType, byte[] payload) {
        return ByteBuffer.allocate(14 + payload.length).put(dstMac).put(srcMac).putShort((short) etherType)
                .put(payload).array();
    }

    /** An Ethernet frame between two endpoints' derived MAC addresses, with the EtherType of their IP version. */
    public static byte[] ethernet(Endpoint src, Endpoint dst, byte[] ipPacket) {
        return ethernet(macFor(dst), macFor(src), src.isIpv4() ? ETHERTYPE_IPV4 : ETHERTYPE_IPV6, ipPacket);
    }

    /**
     * An IPv4 packet. {@code fragmentField} is the flags-and-offset word (0x4000 for "don't fragment",
     * 0x2000 | offset/8 for a fragment with more to come).
     */
    public static byte[] ipv4(Endpoint src, Endpoint dst, int protocol, int id, int fragmentField, byte[] payload) {
        int total = 20 + payload.length;
        if (total > 0xFFFF) {
            throw new IllegalArgumentException("IPv4 packet of " + total + " bytes exceeds 65535");
        }
        ByteBuffer b = ByteBuffer.allocate(total);
        b.put((byte) 0x45).put((byte) 0).putShort((short) total).putShort((short) id).putShort((short) fragmentField)
                .put((byte) 64).put((byte) protocol).putShort((short) 0).put(src.addressBytes()).put(dst.addressBytes())
                .put(payload);
        byte[] out = b.array();
        int sum = checksum(out, 0, 20, 0);
        out[10] = (byte) (sum >>> 8);
        out[11] = (byte) sum;
        return out;
    }

    /** An IPv6 packet whose payload starts with the header {@code nextHeader} names. */
    public static byte[] ipv6(Endpoint src, Endpoint dst, int nextHeader, byte[] payload) {
        if (payload.length > 0xFFFF) {
            throw new IllegalArgumentException("IPv6 payload of " + payload.length + " bytes exceeds 65535");
        }
        return ByteBuffer.allocate(40 + payload.length).putInt(0x6000_0000).putShort((short) payload.length)
                .put((byte) nextHeader).put((byte) 64).put(src.addressBytes()).put(dst.addressBytes()).put(payload)
                .array();
    }

    /** An IPv6 fragment header followed by one fragment of the upper-layer payload. */
    public static byte[] ipv6Fragment(int nextHeader, int offset, boolean more, int id, byte[] data, int from, int length) {
        return ByteBuffer.allocate(8 + length).put((byte) nextHeader).put((byte) 0)
                .putShort((short) (offset | (more ? 1 : 0))).putInt(id).put(data, from, length).array();
    }

    /** An IP packet of the endpoints' version (IPv4 with "don't fragment" and the given id). */
    public static byte[] ip(Endpoint src, Endpoint dst, int protocol, int id, byte[] payload) {
        return src.isIpv4() ? ipv4(src, dst, protocol, id, 0x4000, payload) : ipv6(src, dst, protocol, payload);
    }

    public static byte[] udp(Endpoint src, Endpoint dst, byte[] payload) {
        int length = 8 + payload.length;
        byte[] out = ByteBuffer.allocate(length).putShort((short) src.port()).putShort((short) dst.port())
                .putShort((short) length).putShort((short) 0).put(payload).array();
        int sum = checksum(out, 0, out.length, pseudoHeaderSum(src, dst, PROTO_UDP, length));
        if (sum == 0) {
            sum = 0xFFFF; // RFC 768: a computed zero is sent as all ones
        }
        out[6] = (byte) (sum >>> 8);
        out[7] = (byte) sum;
        return out;
    }

    public static byte[] tcp(Endpoint src, Endpoint dst, int seq, int ack, int flags, byte[] payload) {
        int length = 20 + payload.length;
        byte[] out = ByteBuffer.allocate(length).putShort((short) src.port()).putShort((short) dst.port()).putInt(seq)
                .putInt((flags & TCP_ACK) != 0 ? ack : 0).put((byte) 0x50).put((byte) flags).putShort((short) 65535)
                .putShort((short) 0).putShort((short) 0).put(payload).array();
        int sum = checksum(out, 0, out.length, pseudoHeaderSum(src, dst, PROTO_TCP, length));
        out[16] = (byte) (sum >>> 8);
        out[17] = (byte) sum;
        return out;
    }

    /** An SCTP packet (common header with CRC32c, RFC 9260 Appendix A) holding the given chunks. */
    public static byte[] sctp(Endpoint src, Endpoint dst, int verificationTag, byte[]... chunks) {
        int length = 12;
        for (byte[] c : chunks) {
            length += (c.length + 3) & ~3;
        }
        ByteBuffer b = ByteBuffer.allocate(length).putShort((short) src.port()).putShort((short) dst.port())
                .putInt(verificationTag).putInt(0);
        for (byte[] c : chunks) {
            b.put(c);
            b.position((b.position() + 3) & ~3);
        }
        byte[] out = b.array();
        CRC32C crc = new CRC32C();
        crc.update(out, 0, out.length);
        int v = (int) crc.getValue();
        // The CRC32c is stored least significant byte first (RFC 9260 Appendix A).
        out[8] = (byte) v;
        out[9] = (byte) (v >>> 8);
        out[10] = (byte) (v >>> 16);
        out[11] = (byte) (v >>> 24);
        return out;
    }

    /** An SCTP DATA chunk; flags 0x03 (beginning and end) for a whole user message. */
    public static byte[] sctpData(int flags, int tsn, int streamId, int streamSeq, int ppid, byte[] data, int from, int len) {
        return ByteBuffer.allocate(16 + len).put((byte) 0).put((byte) flags).putShort((short) (16 + len)).putInt(tsn)
                .putShort((short) streamId).putShort((short) streamSeq).putInt(ppid).put(data, from, len).array();
    }

    private static int pseudoHeaderSum(Endpoint src, Endpoint dst, int protocol, int length) {
        byte[] s = src.addressBytes();
        byte[] d = dst.addressBytes();
        int sum = partialSum(s, 0, s.length) + partialSum(d, 0, d.length);
        return sum + protocol + (length >>> 16) + (length & 0xFFFF);
    }

    /** The Internet checksum (RFC 1071) of {@code b[off, off + len)} plus an initial sum. */
    public static int checksum(byte[] b, int off, int len, int initial) {
        long sum = (initial & 0xFFFF_FFFFL) + (partialSum(b, off, len) & 0xFFFF_FFFFL);
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    private static int partialSum(byte[] b, int off, int len) {
        long sum = 0;
        int i = off;
        for (; i + 1 < off + len; i += 2) {
            sum += ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
        }
        if (i < off + len) {
            sum += (b[i] & 0xFF) << 8;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) sum;
    }
}
