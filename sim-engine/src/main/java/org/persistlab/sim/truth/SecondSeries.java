package org.persistlab.sim.truth;

import java.util.Arrays;

/** A count per second of simulated time that grows as later seconds are counted, with its total and peaks. */
final class SecondSeries {
    private static final long SECOND = 1_000_000_000L;
    private long[] perSecond = new long[64];
    private long total;

    /** Counts one at {@code timeNanos} (times before 0 count in second 0). */
    void add(long timeNanos) {
        long second = Math.max(0, timeNanos / SECOND);
        if (second >= perSecond.length) {
            perSecond = Arrays.copyOf(perSecond, (int) Math.max(second + 1, perSecond.length * 2L));
        }
        perSecond[(int) second]++;
        total++;
    }

    long total() {
        return total;
    }

    /** The busiest second in {@code [fromSecond, toSecond)}. */
    long peak(long fromSecond, long toSecond) {
        long p = 0;
        for (long s = Math.max(0, fromSecond); s < Math.min(toSecond, perSecond.length); s++) {
            p = Math.max(p, perSecond[(int) s]);
        }
        return p;
    }

    /** The first {@code seconds} seconds, zeros where nothing was counted. */
    long[] first(int seconds) {
        return Arrays.copyOf(perSecond, seconds);
    }
}
