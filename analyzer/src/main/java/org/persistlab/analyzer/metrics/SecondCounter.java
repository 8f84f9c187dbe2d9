package org.persistlab.analyzer.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts events per whole second of capture time in a dense array, growing at either end. The span
 * is capped so that one absurd timestamp cannot allocate years of buckets: an event farther than
 * {@code maxSeconds} from the first one is counted in {@link #outOfRange()} instead.
 */
public final class SecondCounter {
    public static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int maxSeconds;
    private long base;
    private long[] counts;
    private int length;
    private long outOfRange;

    public SecondCounter(int maxSeconds) {
        if (maxSeconds <= 0) {
            throw new IllegalArgumentException("maxSeconds must be positive, not " + maxSeconds);
        }
        this.maxSeconds = maxSeconds;
    }

    public static long secondOf(long nanos) {
        return Math.floorDiv(nanos, NANOS_PER_SECOND);
    }

    public void add(long nanos) {
        long second = secondOf(nanos);
        if (counts == null) {
            base = second;
            counts = new long[16];
        }
        long index = second - base;
        if (index < 0) {
            if (length - index > maxSeconds) {
                outOfRange++;
                return;
            }
            int shift = (int) -index;
            long[] grown = new long[Math.max(counts.length, length + shift) + 16];
            System.arraycopy(counts, 0, grown, shift, length);
            counts = grown;
            length += shift;
            base = second;
            index = 0;
        } else if (index >= maxSeconds) {
            outOfRange++;
            return;
        }
        int i = (int) index;
        if (i >= counts.length) {
            counts = Arrays.copyOf(counts, Math.min(maxSeconds, Math.max(i + 1, counts.length * 2)));
        }
        counts[i]++;
        length = Math.max(length, i + 1);
    }

    public long count(long second) {
        long index = second - base;
        return counts == null || index < 0 || index >= length ? 0 : counts[(int) index];
    }

    public long peak() {
        long p = 0;
        for (int i = 0; i < length; i++) {
            p = Math.max(p, counts[i]);
        }
        return p;
    }

    public long outOfRange() {
        return outOfRange;
    }

    /** The dense series over {@code [firstSecond, lastSecond]}, cut at {@code maxSeconds} buckets. */
    public PerSecondSeries series(long firstSecond, long lastSecond) {
        long span = Math.max(0, lastSecond - firstSecond + 1);
        boolean truncated = span > maxSeconds;
        int n = (int) Math.min(span, maxSeconds);
        List<Long> out = new ArrayList<>(n);
        long peak = 0;
        for (int i = 0; i < n; i++) {
            long c = count(firstSecond + i);
            out.add(c);
            peak = Math.max(peak, c);
        }
        return new PerSecondSeries(firstSecond * NANOS_PER_SECOND, out, peak, truncated || outOfRange > 0);
    }
}
