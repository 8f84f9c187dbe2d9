package org.persistlab.analyzer.decode;

import java.util.List;

import org.persistlab.sip.Endpoint;

/**
 * The state of one TCP connection: for each direction a reassembler feeding a {@link StreamHandler},
 * packet statistics, and FIN tracking. A direction ends when every byte before its FIN has been
 * delivered; an RST ends both. Once both have ended the buffers are released and only the small
 * record stays (for late packets) until the flow table expires it.
 */
final class TcpConnection implements FlowTable.Flow {
    /** One direction: packets from {@code src} to {@code dst}. */
    private static final class Direction {
        final Endpoint src;
        final Endpoint dst;
        StreamHandler handler;
        TcpStreamReassembler reassembler;
        long firstNanos = Long.MIN_VALUE;
        long lastNanos;
        long packets;
        long payloadBytes;
        boolean finSeen;
        int finSequence;
        boolean ended;

        Direction(Endpoint src, Endpoint dst) {
            this.src = src;
            this.dst = dst;
        }
    }

    private final DecodeContext ctx;
    private final Direction[] directions = new Direction[2];
    private boolean tls;
    private boolean closed;
    private boolean countedMidstream;
    private long lastSeenNanos;
    private long lastFileOffset;

    /** {@code a} and {@code b} are the key's first and second ends: direction 0 is a to b. */
    TcpConnection(DecodeContext ctx, Endpoint a, Endpoint b) {
        this.ctx = ctx;
        directions[0] = new Direction(a, b);
        directions[1] = new Direction(b, a);
        for (Direction d : directions) {
            d.handler = new StreamHandler(ctx, this, d.src, d.dst);
            d.reassembler = new TcpStreamReassembler(d.handler, ctx.config.maxBufferedBytesPerDirection());
        }
    }

    @Override
    public long lastSeenNanos() {
        return lastSeenNanos;
    }

    boolean closed() {
        return closed;
    }

    /** True once data has flowed or the connection closed: a new SYN then means a new connection. */
    boolean used() {
        for (Direction d : directions) {
            if (d.ended || d.reassembler.streamOffset() > 0) {
                return true;
            }
        }
        return closed;
    }

    /** Handles one segment; {@code forward} says it goes from the key's first end to its second. */
    PacketOutcome segment(boolean forward, TransportHeader tcp, byte[] b, long timeNanos, long fileOffset) {
        Direction d = directions[forward ? 0 : 1];
        Direction other = directions[forward ? 1 : 0];
        lastSeenNanos = timeNanos;
        lastFileOffset = fileOffset;
        if (d.firstNanos == Long.MIN_VALUE) {
            d.firstNanos = timeNanos;
        }
        d.lastNanos = timeNanos;
        d.packets++;
        int length = tcp.payloadEnd - tcp.payloadOffset;
        d.payloadBytes += length;
        if (closed || d.ended) {
            // Late packets after FIN or RST (final ACKs, retransmissions): nothing left to deliver.
            if (tcp.has(TransportHeader.ACK) && other.reassembler != null) {
                other.reassembler.acknowledged(tcp.acknowledgement, timeNanos, fileOffset);
            }
            if (tls) {
                ctx.encryptedPacket(timeNanos, d.src, d.dst);
                return PacketOutcome.TLS;
            }
            return length == 0 ? PacketOutcome.TCP_NO_PAYLOAD : PacketOutcome.TCP_DUPLICATE;
        }
        if (tcp.has(TransportHeader.SYN)) {
            d.reassembler.syn(tcp.sequence);
        }
        int dataSeq = tcp.has(TransportHeader.SYN) ? tcp.sequence + 1 : tcp.sequence;
        if (length > 0 && !tls && d.handler.mode() == StreamHandler.Mode.UNDECIDED
                && TlsSniffer.isRecordStart(b, tcp.payloadOffset, tcp.payloadEnd)) {
            markTls();
        }
        boolean wasStarted = d.reassembler.started();
        TcpStreamReassembler.Result r = d.reassembler.segment(dataSeq, b, tcp.payloadOffset, length, timeNanos, fileOffset);
        if (!wasStarted && d.reassembler.midstream() && !countedMidstream) {
            countedMidstream = true;
            ctx.count(DecodeEvent.TCP_MIDSTREAM_START);
        }
        if (tcp.has(TransportHeader.ACK) && other.reassembler != null) {
            other.reassembler.acknowledged(tcp.acknowledgement, timeNanos, fileOffset);
        }
        if (tcp.has(TransportHeader.FIN) && !d.finSeen) {
            d.finSeen = true;
            d.finSequence = dataSeq + length;
        }
        PacketOutcome outcome = outcomeOf(r, d);
        if (tcp.has(TransportHeader.RST)) {
            endDirection(directions[0], timeNanos, fileOffset);
            endDirection(directions[1], timeNanos, fileOffset);
        } else if (d.finSeen && d.reassembler.nextSequence() == d.finSequence && !d.reassembler.hasWaitingData()) {
            endDirection(d, timeNanos, fileOffset);
        }
        if (directions[0].ended && directions[1].ended) {
            closed = true;
        }
        if (tls) {
            ctx.encryptedPacket(timeNanos, d.src, d.dst);
        }
        return outcome;
    }

    private PacketOutcome outcomeOf(TcpStreamReassembler.Result r, Direction d) {
        if (tls) {
            return PacketOutcome.TLS;
        }
        switch (r) {
            case EMPTY:
                return PacketOutcome.TCP_NO_PAYLOAD;
            case DUPLICATE:
                return PacketOutcome.TCP_DUPLICATE;
            default:
                return d.handler.dataOutcome();
        }
    }

    /** Either direction showed a TLS record: the whole connection is TLS. */
    void markTls() {
        if (!tls) {
            tls = true;
            ctx.count(DecodeEvent.TLS_CONNECTION);
            for (Direction d : directions) {
                if (d.handler != null) {
                    d.handler.markTls();
                }
            }
        }
    }

    private void endDirection(Direction d, long timeNanos, long fileOffset) {
        if (d.ended) {
            return;
        }
        d.ended = true;
        d.reassembler.flush(timeNanos, fileOffset);
        d.handler.end();
        ctx.count(DecodeEvent.TCP_GAP, d.reassembler.gaps());
        ctx.count(DecodeEvent.TCP_SEGMENT_REORDERED, d.reassembler.reordered());
        d.reassembler = null;
        d.handler = null;
    }

    /**
     * The flow table let go of this connection (idle or room needed: {@code expired}; or the end of
     * the capture): finish both directions and keep the timing of a TLS connection.
     */
    void release(boolean expired, List<EncryptedFlow> encryptedFlows) {
        if (!closed) {
            if (expired) {
                ctx.count(DecodeEvent.TCP_CONNECTION_EXPIRED);
            }
            endDirection(directions[0], lastSeenNanos, lastFileOffset);
            endDirection(directions[1], lastSeenNanos, lastFileOffset);
            closed = true;
        }
        if (tls) {
            for (Direction d : directions) {
                if (d.packets > 0) {
                    encryptedFlows.add(new EncryptedFlow(d.src, d.dst, d.firstNanos, d.lastNanos, d.packets, d.payloadBytes));
                }
            }
        }
    }
}
