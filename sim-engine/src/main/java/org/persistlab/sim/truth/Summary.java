package org.persistlab.sim.truth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * A distribution of delays as the reports print it: p50, p90, p99, max and count in milliseconds.
 * Percentiles are nearest-rank from an HdrHistogram of 3 significant digits, capped at the exact
 * maximum, and milliseconds are rounded half up to 3 decimals: the same conventions as the
 * analyzer's, so the truth and the wire can be read side by side.
 */
public record Summary(long count, Double p50, Double p90, Double p99, Double max) {
    public static final Summary EMPTY = new Summary(0, null, null, null, null);

    public static Summary of(long[] nanos, int n) {
        if (n == 0) {
            return EMPTY;
        }
        Histogram h = new Histogram(3);
        long max = 0;
        for (int i = 0; i < n; i++) {
            long v = Math.max(0, nanos[i]);
            h.recordValue(v);
            max = Math.max(max, v);
        }
        return new Summary(n, millis(Math.min(h.getValueAtPercentile(50), max)),
                millis(Math.min(h.getValueAtPercentile(90), max)), millis(Math.min(h.getValueAtPercentile(99), max)),
                millis(max));
    }

    public static Summary of(long[] nanos) {
        return of(nanos, nanos.length);
    }

    static double millis(long nanos) {
        return BigDecimal.valueOf(nanos, 6).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", p50);
        m.put("p90", p90);
        m.put("p99", p99);
        m.put("max", max);
        m.put("count", count);
        return m;
    }
}
