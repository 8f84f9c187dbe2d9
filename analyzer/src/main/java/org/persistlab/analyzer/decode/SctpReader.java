package org.persistlab.analyzer.decode;

import org.persistlab.sip.Endpoint;

/**
 * Reads the DATA chunks of SCTP packets, several per packet, per association: retransmitted chunks
 * (a TSN seen again) are dropped, user messages split over several chunks are joined, and each
 * whole user message is handed on as one SIP message candidate (RFC 4168), whatever its payload
 * protocol identifier says.
 */
final class SctpReader {
    /** Receives each whole user message and says what it was. */
    interface MessageSink {
        PacketOutcome message(byte[] b, int from, int to, Endpoint src, Endpoint dst);
    }

    private final DecodeContext ctx;
    private final int maxMessageBytes;
    private final FlowTable<SctpAssociation> associations;
    private final SctpDecoder.Chunk chunk = new SctpDecoder.Chunk();

    SctpReader(DecodeContext ctx, int maxAssociations, long idleNanos, int maxMessageBytes) {
        this.ctx = ctx;
        this.maxMessageBytes = maxMessageBytes;
        this.associations = new FlowTable<>(maxAssociations, idleNanos, assoc -> { });
    }

    /** Reads the chunks of one packet whose common header is in {@code th}. */
    PacketOutcome read(byte[] b, IpHeader ip, TransportHeader th, FlowKey probe, boolean forward, long now,
                       MessageSink sink) {
        SctpAssociation assoc = associations.get(probe);
        if (assoc == null) {
            assoc = new SctpAssociation(maxMessageBytes);
            associations.put(probe, assoc);
        }
        assoc.touch(now);
        Endpoint src = null;
        Endpoint dst = null;
        PacketOutcome result = PacketOutcome.SCTP_NOT_SIP;
        for (int p = th.payloadOffset; p < th.payloadEnd; ) {
            p = SctpDecoder.readChunk(b, p, th.payloadEnd, chunk);
            if (p < 0) {
                return result == PacketOutcome.SIP ? result : PacketOutcome.SCTP_MALFORMED;
            }
            if (chunk.type != SctpDecoder.DATA) {
                continue;
            }
            if (assoc.duplicate(forward, chunk.tsn)) {
                ctx.count(DecodeEvent.SCTP_DUPLICATE_CHUNK);
                continue;
            }
            boolean begin = (chunk.flags & SctpDecoder.FLAG_BEGIN) != 0;
            boolean last = (chunk.flags & SctpDecoder.FLAG_END) != 0;
            byte[] data = b;
            int from = chunk.dataOffset;
            int to = chunk.dataEnd;
            if (!(begin && last)) {
                data = assoc.fragment(forward, chunk.streamId, chunk.tsn, begin, last, b, from, to - from);
                if (data == null) {
                    continue;
                }
                from = 0;
                to = data.length;
            }
            if (src == null) {
                src = Endpoint.ipv6(ip.srcHigh, ip.srcLow, th.srcPort);
                dst = Endpoint.ipv6(ip.dstHigh, ip.dstLow, th.dstPort);
            }
            PacketOutcome o = sink.message(data, from, to, src, dst);
            if (o == PacketOutcome.SIP || result == PacketOutcome.SCTP_NOT_SIP) {
                result = o;
            }
        }
        return result;
    }

    void expire(long now) {
        associations.expire(now);
    }

    void releaseAll() {
        associations.releaseAll();
    }
}
