package org.persistlab.analyzer.decode;

/**
 * GRE (RFC 2784/2890: checksum, key and sequence-number fields) carrying IPv4, IPv6 or Ethernet
 * (transparent bridging, 0x6558), and Cisco ERSPAN: type I (0x88BE without a sequence number, no
 * ERSPAN header), type II (0x88BE, 8-byte header) and type III (0x22EB, 12-byte header plus the
 * optional 8-byte platform sub-header), whose payload is an Ethernet frame. Source-routed GRE
 * (RFC 1701 routing) and enhanced GRE (PPTP, version 1) are not read.
 */
final class GreDecoder {
    static final int ETHERTYPE_ERSPAN_2 = 0x88BE;
    static final int ETHERTYPE_ERSPAN_3 = 0x22EB;
    private static final int CHECKSUM = 0x8000;
    private static final int ROUTING = 0x4000;
    private static final int KEY = 0x2000;
    private static final int SEQUENCE = 0x1000;

    private GreDecoder() {
    }

    static PacketOutcome decode(byte[] b, int off, int end, LinkFrame out) {
        if (end - off < 4) {
            return PacketOutcome.TUNNEL_MALFORMED;
        }
        int flags = Bytes.u16(b, off);
        int type = Bytes.u16(b, off + 2);
        if ((flags & ROUTING) != 0 || (flags & 0x7) != 0) {
            return PacketOutcome.TUNNEL_MALFORMED;
        }
        int p = off + 4;
        if ((flags & CHECKSUM) != 0) {
            p += 4;
        }
        if ((flags & KEY) != 0) {
            p += 4;
        }
        boolean sequenced = (flags & SEQUENCE) != 0;
        if (sequenced) {
            p += 4;
        }
        if (p > end) {
            return PacketOutcome.TUNNEL_MALFORMED;
        }
        if (type == ETHERTYPE_ERSPAN_2) {
            // ERSPAN type I has no sequence number and no header of its own; type II has both.
            int header = sequenced ? 8 : 0;
            return p + header > end ? PacketOutcome.TUNNEL_MALFORMED
                    : out.set(LinkFrame.ETHERTYPE_ETHERNET, p + header, end);
        }
        if (type == ETHERTYPE_ERSPAN_3) {
            if (end - p < 12) {
                return PacketOutcome.TUNNEL_MALFORMED;
            }
            int frameType = (Bytes.u8(b, p + 10) >>> 2) & 0x1F;
            boolean subHeader = (b[p + 11] & 0x01) != 0;
            int header = subHeader ? 20 : 12;
            if (frameType != 0 || end - p < header) {
                return PacketOutcome.TUNNEL_MALFORMED;
            }
            return out.set(LinkFrame.ETHERTYPE_ETHERNET, p + header, end);
        }
        return out.set(type, p, end);
    }
}
