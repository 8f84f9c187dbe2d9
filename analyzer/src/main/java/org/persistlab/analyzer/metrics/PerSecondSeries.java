package org.persistlab.analyzer.metrics;

import java.util.List;

/**
 * Counts per 1-second bucket, dense (empty seconds present as 0).
 *
 * @param startNanos the start of the first bucket: the whole second that holds the first event
 * @param counts     one count per second from {@code startNanos}
 * @param peak       the largest count
 * @param truncated  true when the span was longer than the configured maximum and the tail was cut
 */
public record PerSecondSeries(long startNanos, List<Long> counts, long peak, boolean truncated) {
    public PerSecondSeries {
        counts = List.copyOf(counts);
    }
}
