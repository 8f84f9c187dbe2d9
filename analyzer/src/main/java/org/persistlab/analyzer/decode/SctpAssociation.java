package org.persistlab.analyzer.decode;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The state SCTP needs per association direction: the recently seen TSNs, so that a retransmitted
 * DATA chunk is not delivered twice, and the fragments of user messages split over several DATA
 * chunks (B and E flags), per stream, joined in TSN order.
 */
final class SctpAssociation implements FlowTable.Flow {
    private static final int RECENT_TSNS = 256;
    private static final int MAX_OPEN_MESSAGES = 64;

    /** One direction's memory. */
    private static final class Direction {
        final int[] recent = new int[RECENT_TSNS];
        int recentCount;
        int recentNext;
        final Map<Integer, Partial> partial = new HashMap<>();
    }

    /** A user message being assembled on one stream. */
    private static final class Partial {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int nextTsn;
    }

    private final Direction[] directions = {new Direction(), new Direction()};
    private final int maxMessage;
    private long lastSeenNanos;

    SctpAssociation(int maxMessage) {
        this.maxMessage = maxMessage;
    }

    @Override
    public long lastSeenNanos() {
        return lastSeenNanos;
    }

    void touch(long nowNanos) {
        lastSeenNanos = nowNanos;
    }

    /** True when this direction has seen the TSN recently: a retransmission. Remembers it otherwise. */
    boolean duplicate(boolean forward, int tsn) {
        Direction d = directions[forward ? 0 : 1];
        for (int i = 0; i < d.recentCount; i++) {
            if (d.recent[i] == tsn) {
                return true;
            }
        }
        d.recent[d.recentNext] = tsn;
        d.recentNext = (d.recentNext + 1) % RECENT_TSNS;
        d.recentCount = Math.min(d.recentCount + 1, RECENT_TSNS);
        return false;
    }

    /**
     * Adds a fragment of a user message; returns the whole message when the fragment with the E flag
     * completes it, otherwise {@code null}. A fragment that does not follow its predecessor's TSN
     * abandons the message (SCTP would have retransmitted, and the retransmission is a duplicate).
     */
    byte[] fragment(boolean forward, int streamId, int tsn, boolean begin, boolean end, byte[] b, int off, int len) {
        Direction d = directions[forward ? 0 : 1];
        Partial p = d.partial.get(streamId);
        if (begin) {
            if (d.partial.size() >= MAX_OPEN_MESSAGES && p == null) {
                d.partial.clear();
            }
            p = new Partial();
            d.partial.put(streamId, p);
        } else if (p == null || p.nextTsn != tsn || p.bytes.size() + len > maxMessage) {
            d.partial.remove(streamId);
            return null;
        }
        p.bytes.write(b, off, len);
        p.nextTsn = tsn + 1;
        if (!end) {
            return null;
        }
        d.partial.remove(streamId);
        return p.bytes.toByteArray();
    }
}
