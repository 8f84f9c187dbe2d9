package org.persistlab.analyzer.metrics;

import java.util.Map;
import java.util.TreeMap;
import org.persistlab.analyzer.track.Transaction;

/**
 * Finds a phone's first unanswered request to its primary after the last answered one, among the
 * requests whose first transmission lies in {@code [from, limit)}. Fates may arrive in any order (an
 * answer comes at once, "unanswered" only when the transaction is released), and the result does not
 * depend on that order: an answer clears every unanswered request that started before it.
 *
 * <p>Each unanswered request keeps the last sign of life from the primary seen before it started.
 * At most {@value #MAX_KEPT} unanswered requests are kept, the earliest ones: the answer question is
 * only about the first of them, and a later answer clears them all.
 */
final class PrimaryWatch {
    static final int MAX_KEPT = 64;

    private final long from;
    private final long limit;
    private long lastAnswered = Transaction.NONE;
    private final TreeMap<Long, Long> unanswered = new TreeMap<>();

    PrimaryWatch(long from, long limit) {
        this.from = from;
        this.limit = limit;
    }

    private boolean inRange(long start) {
        return start >= from && start < limit;
    }

    void answered(long start) {
        if (inRange(start) && start > lastAnswered) {
            lastAnswered = start;
            if (!unanswered.isEmpty()) {
                unanswered.headMap(start, true).clear();
            }
        }
    }

    void unanswered(long start, long lastSignBefore) {
        if (unanswered.size() >= MAX_KEPT && start > unanswered.lastKey()) {
            return; // it would be the one dropped
        }
        if (inRange(start) && start > lastAnswered) {
            unanswered.putIfAbsent(start, lastSignBefore);
            if (unanswered.size() > MAX_KEPT) {
                unanswered.pollLastEntry();
            }
        }
    }

    /** The first unanswered request (start -> last sign of life before it), or {@code null}. */
    Map.Entry<Long, Long> first() {
        return unanswered.firstEntry();
    }

    /** This watch as it stands, restricted to requests that started before {@code newLimit}. */
    PrimaryWatch cut(long newLimit) {
        PrimaryWatch c = new PrimaryWatch(from, Math.min(limit, newLimit));
        c.lastAnswered = lastAnswered < c.limit ? lastAnswered : Transaction.NONE;
        c.unanswered.putAll(unanswered.headMap(c.limit, false));
        return c;
    }
}
