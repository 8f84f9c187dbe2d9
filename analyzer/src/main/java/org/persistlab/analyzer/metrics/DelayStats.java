package org.persistlab.analyzer.metrics;

/**
 * A delay distribution as reported: milliseconds rounded to 3 decimals; every value {@code null}
 * when {@code count} is 0.
 */
public record DelayStats(long count, Double p50, Double p90, Double p99, Double max) {
    public static final DelayStats EMPTY = new DelayStats(0, null, null, null, null);
}
