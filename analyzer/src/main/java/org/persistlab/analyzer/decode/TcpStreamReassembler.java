package org.persistlab.analyzer.decode;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts one direction of a TCP connection back in order. Sequence numbers are compared modulo 2^32
 * (as differences of {@code int}s) and turned into a {@code long} stream offset, so a stream may
 * wrap the sequence space any number of times. In-order bytes go straight from the packet to the
 * listener without a copy; a segment ahead of the next expected byte is copied and waits; bytes
 * already delivered (retransmissions, overlapping segments) are dropped.
 *
 * <p>A capture that starts mid-connection starts at the first segment seen. A hole that never
 * fills (the segment was not captured) is given up, with {@link StreamListener#onGap}, when the
 * peer acknowledges bytes beyond it (they were received, so they will not be sent again), when
 * waiting data exceeds the buffer bound, or at {@link #flush}.
 */
final class TcpStreamReassembler {
    /** What happened to a segment's payload. */
    enum Result { EMPTY, DELIVERED, BUFFERED, DUPLICATE }

    /** A jump further ahead than this is not a hole we wait for: the stream resumes there. */
    private static final int MAX_HOLE = 16 << 20;

    private final StreamListener listener;
    private final int maxBufferedBytes;
    private final TreeMap<Long, byte[]> waiting = new TreeMap<>();
    private boolean started;
    private boolean midstream;
    private int nextSeq;
    private long streamOffset;
    private long bufferedBytes;
    private long reordered;
    private long gaps;

    TcpStreamReassembler(StreamListener listener, int maxBufferedBytes) {
        this.listener = listener;
        this.maxBufferedBytes = maxBufferedBytes;
    }

    /** A SYN fixes the initial sequence number: data starts one after it. */
    void syn(int seq) {
        if (!started) {
            started = true;
            nextSeq = seq + 1;
        }
    }

    /** Offers the payload {@code b[off, off + len)} of a segment whose first byte has sequence number {@code seq}. */
    Result segment(int seq, byte[] b, int off, int len, long timeNanos, long fileOffset) {
        if (len == 0) {
            return Result.EMPTY;
        }
        if (!started) {
            started = true;
            midstream = true;
            nextSeq = seq;
        }
        int ahead = seq - nextSeq;
        if (ahead <= 0) {
            if ((long) ahead + len <= 0) {
                return Result.DUPLICATE;
            }
            deliver(b, off - ahead, len + ahead, timeNanos, fileOffset);
            drain(timeNanos, fileOffset);
            return Result.DELIVERED;
        }
        if (ahead > MAX_HOLE) {
            skip(ahead, timeNanos, fileOffset);
            deliver(b, off, len, timeNanos, fileOffset);
            drain(timeNanos, fileOffset);
            return Result.DELIVERED;
        }
        long at = streamOffset + ahead;
        byte[] old = waiting.get(at);
        if (old == null || old.length < len) {
            waiting.put(at, Arrays.copyOfRange(b, off, off + len));
            bufferedBytes += len - (old == null ? 0 : old.length);
            reordered++;
        }
        if (bufferedBytes > maxBufferedBytes) {
            skip(waiting.firstKey() - streamOffset, timeNanos, fileOffset);
            drain(timeNanos, fileOffset);
        }
        return Result.BUFFERED;
    }

    /** The other direction acknowledged {@code ack}: a hole below it was received but not captured. */
    void acknowledged(int ack, long timeNanos, long fileOffset) {
        if (!started || waiting.isEmpty()) {
            return;
        }
        int beyond = ack - nextSeq;
        if (beyond > 0 && beyond <= MAX_HOLE) {
            skip(Math.min(beyond, waiting.firstKey() - streamOffset), timeNanos, fileOffset);
            drain(timeNanos, fileOffset);
        }
    }

    /** Delivers everything still waiting, stepping over the holes (end of the stream or of the capture). */
    void flush(long timeNanos, long fileOffset) {
        while (!waiting.isEmpty()) {
            skip(waiting.firstKey() - streamOffset, timeNanos, fileOffset);
            drain(timeNanos, fileOffset);
        }
    }

    private void drain(long timeNanos, long fileOffset) {
        while (!waiting.isEmpty()) {
            Map.Entry<Long, byte[]> first = waiting.firstEntry();
            long at = first.getKey();
            if (at > streamOffset) {
                return;
            }
            waiting.pollFirstEntry();
            byte[] data = first.getValue();
            bufferedBytes -= data.length;
            long end = at + data.length;
            if (end > streamOffset) {
                int skipBytes = (int) (streamOffset - at);
                deliver(data, skipBytes, data.length - skipBytes, timeNanos, fileOffset);
            }
        }
    }

    private void deliver(byte[] b, int off, int len, long timeNanos, long fileOffset) {
        streamOffset += len;
        nextSeq += len;
        listener.onBytes(b, off, len, timeNanos, fileOffset);
    }

    private void skip(long missing, long timeNanos, long fileOffset) {
        if (missing <= 0) {
            return;
        }
        gaps++;
        streamOffset += missing;
        nextSeq += (int) missing;
        listener.onGap(missing, timeNanos, fileOffset);
    }

    /** The next sequence number expected. */
    int nextSequence() {
        return nextSeq;
    }

    boolean started() {
        return started;
    }

    /** True when the first segment seen was not preceded by a SYN. */
    boolean midstream() {
        return midstream;
    }

    /** Bytes delivered plus bytes given up in holes. */
    long streamOffset() {
        return streamOffset;
    }

    long reordered() {
        return reordered;
    }

    long gaps() {
        return gaps;
    }

    boolean hasWaitingData() {
        return !waiting.isEmpty();
    }
}
