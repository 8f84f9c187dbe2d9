package org.persistlab.sim.kernel.stats;

import java.io.Serializable;

/**
 * One metric over the replications that reported it: count, mean, sample standard deviation (divisor
 * n - 1), minimum and maximum. With a single value the standard deviation and every interval are NaN:
 * one replication says nothing about spread.
 */
public record MetricSummary(String name, int n, double mean, double standardDeviation, double min, double max)
        implements Serializable {

    /**
     * Summarises {@code values} in the order given (the order is part of the result: floating-point sums
     * depend on it, so callers pass replication order).
     */
    public static MetricSummary of(String name, double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("metric " + name + " has no values");
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / values.length;
        double sd = Double.NaN;
        if (values.length > 1) {
            double squares = 0;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
            }
            sd = StrictMath.sqrt(squares / (values.length - 1));
        }
        return new MetricSummary(name, values.length, mean, sd, min, max);
    }

    /** Half-width of the Student-t confidence interval for the mean at {@code level} (such as 0.95). */
    public double halfWidth(double level) {
        if (n < 2) {
            return Double.NaN;
        }
        return StudentT.twoSidedFactor(level, n - 1) * standardDeviation / StrictMath.sqrt(n);
    }

    /** Half-width of the 95 % Student-t confidence interval for the mean. */
    public double halfWidth95() {
        return halfWidth(0.95);
    }
}
