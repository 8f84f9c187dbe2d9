package org.persistlab.analyzer.decode;

/**
 * BSD loopback (LINKTYPE_NULL: a 4-byte address family in the capturing host's byte order, so both
 * orders are accepted) and OpenBSD LINKTYPE_LOOP (network byte order), plus raw IP link types where
 * the version nibble tells IPv4 from IPv6. AF_INET is 2 everywhere; AF_INET6 is 24 (NetBSD, OpenBSD),
 * 28 (FreeBSD, DragonFly), 30 (macOS) or 10 (Linux).
 */
final class LoopbackDecoder {
    static final int HEADER_LENGTH = 4;

    private LoopbackDecoder() {
    }

    static PacketOutcome decodeNull(byte[] b, int off, int end, LinkFrame out) {
        if (end - off < HEADER_LENGTH) {
            return PacketOutcome.LINK_MALFORMED;
        }
        int be = Bytes.i32(b, off);
        int family = (be & 0xFFFF_FF00) == 0 ? be : Integer.reverseBytes(be);
        switch (family) {
            case 2:
                return out.set(LinkFrame.ETHERTYPE_IPV4, off + HEADER_LENGTH, end);
            case 10:
            case 24:
            case 28:
            case 30:
                return out.set(LinkFrame.ETHERTYPE_IPV6, off + HEADER_LENGTH, end);
            default:
                // Some writers store raw IP under the NULL link type (malformed_pkts_mixed_endian.pcap):
                // an IP version nibble with a plausible header length is read as raw IP.
                return looksLikeIpv4(b, off, end) ? out.set(LinkFrame.ETHERTYPE_IPV4, off, end) : out.set(-1, off, end);
        }
    }

    static PacketOutcome decodeRaw(byte[] b, int off, int end, LinkFrame out) {
        if (end - off < 1) {
            return PacketOutcome.LINK_MALFORMED;
        }
        int version = (b[off] & 0xF0) >>> 4;
        if (version == 4) {
            return out.set(LinkFrame.ETHERTYPE_IPV4, off, end);
        }
        if (version == 6) {
            return out.set(LinkFrame.ETHERTYPE_IPV6, off, end);
        }
        return PacketOutcome.LINK_MALFORMED;
    }

    private static boolean looksLikeIpv4(byte[] b, int off, int end) {
        if (end - off < 20 || (b[off] & 0xF0) != 0x40 || (b[off] & 0x0F) < 5) {
            return false;
        }
        int total = Bytes.u16(b, off + 2);
        return total >= 20 && total <= end - off;
    }
}
