package org.persistlab.analyzer.decode;

/**
 * IPv4 (RFC 791): options are stepped over by the header length; the payload ends at the total
 * length, which cuts Ethernet padding; when the capture holds fewer bytes (snap length) the payload
 * is what is there and {@link IpHeader#truncated} is set. A total length of 0 is taken to mean "as
 * captured", which is what segmentation offload leaves in captures taken on the sending host.
 */
final class Ipv4Decoder {
    static final int MIN_HEADER = 20;

    private Ipv4Decoder() {
    }

    static PacketOutcome decode(byte[] b, int off, int end, IpHeader out) {
        if (end - off < MIN_HEADER || (b[off] & 0xF0) != 0x40) {
            return PacketOutcome.IPV4_MALFORMED;
        }
        int headerLength = (b[off] & 0x0F) * 4;
        if (headerLength < MIN_HEADER || headerLength > end - off) {
            return PacketOutcome.IPV4_MALFORMED;
        }
        int total = Bytes.u16(b, off + 2);
        if (total == 0) {
            total = end - off;
        } else if (total < headerLength) {
            return PacketOutcome.IPV4_MALFORMED;
        }
        out.version = 4;
        out.truncated = total > end - off;
        out.payloadOffset = off + headerLength;
        out.payloadEnd = out.truncated ? end : off + total;
        out.protocol = b[off + 9] & 0xFF;
        out.setIpv4Addresses(Bytes.i32(b, off + 12), Bytes.i32(b, off + 16));
        int flagsAndOffset = Bytes.u16(b, off + 6);
        out.moreFragments = (flagsAndOffset & 0x2000) != 0;
        out.fragmentOffset = (flagsAndOffset & 0x1FFF) * 8;
        out.fragment = out.moreFragments || out.fragmentOffset != 0;
        out.identification = Bytes.u16(b, off + 4);
        return null;
    }
}
