package org.persistlab.analyzer.decode;

/** UDP (RFC 768). The payload ends at the UDP length when it fits in what was captured. */
final class UdpDecoder {
    static final int HEADER_LENGTH = 8;

    private UdpDecoder() {
    }

    static PacketOutcome decode(byte[] b, int off, int end, TransportHeader out) {
        if (end - off < HEADER_LENGTH) {
            return PacketOutcome.UDP_MALFORMED;
        }
        int length = Bytes.u16(b, off + 4);
        if (length != 0 && length < HEADER_LENGTH) {
            return PacketOutcome.UDP_MALFORMED;
        }
        out.srcPort = Bytes.u16(b, off);
        out.dstPort = Bytes.u16(b, off + 2);
        out.payloadOffset = off + HEADER_LENGTH;
        // Length 0 appears with IPv6 jumbograms and offload; a length beyond the capture means a cut packet.
        out.payloadEnd = length == 0 || length > end - off ? end : off + length;
        return null;
    }
}
