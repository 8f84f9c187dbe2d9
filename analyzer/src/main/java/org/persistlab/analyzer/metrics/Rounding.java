package org.persistlab.analyzer.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The report's number formats: milliseconds and percentages with 3 decimals, half up, deterministic. */
public final class Rounding {
    private Rounding() {
    }

    /** Nanoseconds as milliseconds rounded to 3 decimals. */
    public static double millis(long nanos) {
        return BigDecimal.valueOf(nanos, 6).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code part / whole * 100} rounded to 3 decimals; {@code null} (undefined) when {@code whole} is 0. */
    public static Double percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code a / b} rounded to 3 decimals; {@code null} when {@code b} is 0. */
    public static Double ratio(long a, long b) {
        if (b == 0) {
            return null;
        }
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 3, RoundingMode.HALF_UP).doubleValue();
    }
}
