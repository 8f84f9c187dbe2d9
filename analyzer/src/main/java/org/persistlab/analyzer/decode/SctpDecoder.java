package org.persistlab.analyzer.decode;

/**
 * SCTP (RFC 9260): the 12-byte common header and the chunks after it. Only DATA chunks carry SIP
 * (RFC 4168, with any payload protocol identifier, usually 0); the others are stepped over.
 */
final class SctpDecoder {
    static final int COMMON_HEADER = 12;
    static final int DATA = 0;
    static final int FLAG_END = 0x01;
    static final int FLAG_BEGIN = 0x02;
    static final int DATA_HEADER = 16;

    private SctpDecoder() {
    }

    /** One chunk, reused. */
    static final class Chunk {
        int type;
        int flags;
        int valueOffset;
        int valueEnd;
        int tsn;
        int streamId;
        int payloadProtocol;
        int dataOffset;
        int dataEnd;
    }

    static PacketOutcome decodeHeader(byte[] b, int off, int end, TransportHeader out) {
        if (end - off < COMMON_HEADER) {
            return PacketOutcome.SCTP_MALFORMED;
        }
        out.srcPort = Bytes.u16(b, off);
        out.dstPort = Bytes.u16(b, off + 2);
        out.payloadOffset = off + COMMON_HEADER;
        out.payloadEnd = end;
        return null;
    }

    /**
     * Reads the chunk at {@code p} into {@code out} and returns where the next one starts (chunks are
     * padded to 4 bytes), {@code end} after the last one, or -1 when the chunk is malformed.
     */
    static int readChunk(byte[] b, int p, int end, Chunk out) {
        if (end - p < 4) {
            return -1;
        }
        int length = Bytes.u16(b, p + 2);
        if (length < 4 || length > end - p) {
            return -1;
        }
        out.type = Bytes.u8(b, p);
        out.flags = Bytes.u8(b, p + 1);
        out.valueOffset = p + 4;
        out.valueEnd = p + length;
        if (out.type == DATA) {
            if (length < DATA_HEADER) {
                return -1;
            }
            out.tsn = Bytes.i32(b, p + 4);
            out.streamId = Bytes.u16(b, p + 8);
            out.payloadProtocol = Bytes.i32(b, p + 12);
            out.dataOffset = p + DATA_HEADER;
            out.dataEnd = p + length;
        }
        return Math.min(end, p + ((length + 3) & ~3));
    }
}
