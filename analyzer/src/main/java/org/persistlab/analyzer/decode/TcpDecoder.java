package org.persistlab.analyzer.decode;

/** The TCP header (RFC 9293): ports, sequence and acknowledgement numbers, flags; options are stepped over. */
final class TcpDecoder {
    static final int MIN_HEADER = 20;

    private TcpDecoder() {
    }

    static PacketOutcome decode(byte[] b, int off, int end, TransportHeader out) {
        if (end - off < MIN_HEADER) {
            return PacketOutcome.TCP_MALFORMED;
        }
        int headerLength = ((b[off + 12] & 0xF0) >>> 4) * 4;
        if (headerLength < MIN_HEADER || headerLength > end - off) {
            return PacketOutcome.TCP_MALFORMED;
        }
        out.srcPort = Bytes.u16(b, off);
        out.dstPort = Bytes.u16(b, off + 2);
        out.sequence = Bytes.i32(b, off + 4);
        out.acknowledgement = Bytes.i32(b, off + 8);
        out.flags = b[off + 13] & 0xFF;
        out.payloadOffset = off + headerLength;
        out.payloadEnd = end;
        return null;
    }
}
