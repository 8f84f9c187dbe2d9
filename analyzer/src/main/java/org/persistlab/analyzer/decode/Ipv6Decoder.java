package org.persistlab.analyzer.decode;

/**
 * IPv6 (RFC 8200) and its extension headers: hop-by-hop options, routing, destination options,
 * mobility, HIP, shim6 and AH are stepped over; a fragment header ends the walk (what follows it
 * is only readable once the datagram is reassembled, see {@link #skipExtensionHeaders}).
 */
final class Ipv6Decoder {
    static final int HEADER_LENGTH = 40;
    static final int HOP_BY_HOP = 0;
    static final int ROUTING = 43;
    static final int FRAGMENT = 44;
    static final int AUTHENTICATION = 51;
    static final int DESTINATION = 60;
    static final int MOBILITY = 135;
    static final int HIP = 139;
    static final int SHIM6 = 140;
    private static final int MAX_EXTENSION_HEADERS = 16;

    private Ipv6Decoder() {
    }

    static PacketOutcome decode(byte[] b, int off, int end, IpHeader out) {
        if (end - off < HEADER_LENGTH || (b[off] & 0xF0) != 0x60) {
            return PacketOutcome.IPV6_MALFORMED;
        }
        int payloadLength = Bytes.u16(b, off + 4);
        int available = end - off - HEADER_LENGTH;
        out.version = 6;
        // A payload length of 0 is a jumbogram (RFC 2675) or offload; either way, read what was captured.
        out.truncated = payloadLength > available;
        int payloadEnd = payloadLength == 0 || out.truncated ? end : off + HEADER_LENGTH + payloadLength;
        out.srcHigh = Bytes.i64(b, off + 8);
        out.srcLow = Bytes.i64(b, off + 16);
        out.dstHigh = Bytes.i64(b, off + 24);
        out.dstLow = Bytes.i64(b, off + 32);
        out.clearFragment();
        return skipExtensionHeaders(b, off + HEADER_LENGTH, payloadEnd, b[off + 6] & 0xFF, out);
    }

    /**
     * Walks the extension header chain starting with {@code nextHeader} at {@code off}; sets the
     * upper-layer protocol and payload range, or the fragment fields when a fragment header comes.
     */
    static PacketOutcome skipExtensionHeaders(byte[] b, int off, int end, int nextHeader, IpHeader out) {
        int p = off;
        int nh = nextHeader;
        for (int n = 0; n < MAX_EXTENSION_HEADERS; n++) {
            switch (nh) {
                case HOP_BY_HOP, ROUTING, DESTINATION, MOBILITY, HIP, SHIM6 -> {
                    if (end - p < 8) {
                        return PacketOutcome.IPV6_MALFORMED;
                    }
                    int length = (Bytes.u8(b, p + 1) + 1) * 8;
                    if (length > end - p) {
                        return PacketOutcome.IPV6_MALFORMED;
                    }
                    nh = Bytes.u8(b, p);
                    p += length;
                }
                case AUTHENTICATION -> {
                    if (end - p < 8) {
                        return PacketOutcome.IPV6_MALFORMED;
                    }
                    int length = (Bytes.u8(b, p + 1) + 2) * 4;
                    if (length > end - p) {
                        return PacketOutcome.IPV6_MALFORMED;
                    }
                    nh = Bytes.u8(b, p);
                    p += length;
                }
                case FRAGMENT -> {
                    if (end - p < 8) {
                        return PacketOutcome.IPV6_MALFORMED;
                    }
                    int offsetAndFlags = Bytes.u16(b, p + 2);
                    out.fragmentOffset = offsetAndFlags & 0xFFF8;
                    out.moreFragments = (offsetAndFlags & 1) != 0;
                    out.identification = Bytes.i32(b, p + 4);
                    // An atomic fragment (offset 0, no more fragments, RFC 6946) is a whole datagram.
                    out.fragment = out.fragmentOffset != 0 || out.moreFragments;
                    nh = Bytes.u8(b, p);
                    p += 8;
                    if (out.fragment) {
                        return finish(p, end, nh, out);
                    }
                }
                default -> {
                    return finish(p, end, nh, out);
                }
            }
        }
        return PacketOutcome.IPV6_MALFORMED;
    }

    private static PacketOutcome finish(int p, int end, int protocol, IpHeader out) {
        out.protocol = protocol;
        out.payloadOffset = p;
        out.payloadEnd = end;
        return null;
    }
}
