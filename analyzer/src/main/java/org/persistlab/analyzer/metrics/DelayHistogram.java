package org.persistlab.analyzer.metrics;

import org.HdrHistogram.Histogram;

/**
 * Delays in nanoseconds in an HdrHistogram with 3 significant digits.
 *
 * <p>Percentiles are nearest-rank (pN is the smallest recorded value with at least N% of the
 * samples at or below it), as HdrHistogram's {@code getValueAtPercentile} returns them: the highest
 * value equivalent to that sample at 3 significant digits, so within 0.1% above it. They are capped
 * at the exact maximum, which is tracked beside the histogram and reported as {@code max}; so a
 * single sample reads the same in every column.
 *
 * <p>A negative delay (an end stamped before its start by capture-point skew) is recorded as 0.
 */
public final class DelayHistogram {
    private final Histogram histogram = new Histogram(3);
    private long max = Long.MIN_VALUE;

    public void record(long nanos) {
        long v = Math.max(0, nanos);
        histogram.recordValue(v);
        max = Math.max(max, v);
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public DelayStats stats() {
        if (count() == 0) {
            return DelayStats.EMPTY;
        }
        return new DelayStats(count(), at(50), at(90), at(99), Rounding.millis(max));
    }

    private double at(double percentile) {
        return Rounding.millis(Math.min(histogram.getValueAtPercentile(percentile), max));
    }
}
