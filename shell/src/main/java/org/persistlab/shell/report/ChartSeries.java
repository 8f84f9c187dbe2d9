package org.persistlab.shell.report;

import java.util.Arrays;

/**
 * One named line, area or set of bars. For {@link Chart.Kind#BARS} the x values are the category
 * indexes 0, 1, 2, ...
 */
public record ChartSeries(String name, double[] x, double[] y) {
    public ChartSeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values for " + y.length
                    + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    /** A series of one value per second from {@code startSecond} (per-second counts and gauges). */
    public static ChartSeries perSecond(String name, double startSecond, long[] values) {
        double[] x = new double[values.length];
        double[] y = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            x[i] = startSecond + i;
            y[i] = values[i];
        }
        return new ChartSeries(name, x, y);
    }

    /**
     * Per-second counts summed into buckets of {@code bucketSeconds} (the last one may be short), each
     * drawn at its start: a sparse count reads better per minute than as a comb of ones and zeros.
     */
    public static ChartSeries perBucket(String name, double startSecond, long[] perSecond, int bucketSeconds) {
        int n = (perSecond.length + bucketSeconds - 1) / bucketSeconds;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < perSecond.length; i++) {
            y[i / bucketSeconds] += perSecond[i];
        }
        for (int b = 0; b < n; b++) {
            x[b] = startSecond + (double) b * bucketSeconds;
        }
        return new ChartSeries(name, x, y);
    }

    /**
     * The empirical distribution function of {@code samples}: for each distinct value, the share of
     * samples at or below it, in percent.
     */
    public static ChartSeries cdf(String name, double[] samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        int distinct = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == s.length - 1 || s[i + 1] != s[i]) {
                distinct++;
            }
        }
        double[] x = new double[distinct];
        double[] y = new double[distinct];
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == s.length - 1 || s[i + 1] != s[i]) {
                x[k] = s[i];
                y[k] = 100.0 * (i + 1) / s.length;
                k++;
            }
        }
        return new ChartSeries(name, x, y);
    }

    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartSeries c && c.name.equals(name) && Arrays.equals(c.x, x) && Arrays.equals(c.y, y);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "ChartSeries[" + name + ", " + x.length + " points]";
    }
}
