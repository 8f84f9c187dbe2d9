package org.persistlab.sim.kernel.stats;

/**
 * A piecewise-constant quantity integrated over virtual time (SSJ's {@code Accumulate}): phones
 * registered, licences in use, REGISTERs queued. Feed it every change with the simulator's clock;
 * ask for the time-average up to any later moment.
 */
public final class TimeWeighted {

    private final long startNanos;
    private long lastNanos;
    private double value;
    private double integral; // value x nanoseconds from start to lastNanos
    private double min;
    private double max;

    /** Starts at {@code startNanos} with {@code initialValue}. */
    public TimeWeighted(long startNanos, double initialValue) {
        this.startNanos = startNanos;
        this.lastNanos = startNanos;
        this.value = initialValue;
        this.min = initialValue;
        this.max = initialValue;
    }

    /**
     * The quantity becomes {@code newValue} at {@code nowNanos}.
     *
     * @throws IllegalArgumentException when {@code nowNanos} is before the previous update
     */
    public void update(long nowNanos, double newValue) {
        advance(nowNanos);
        value = newValue;
        min = Math.min(min, newValue);
        max = Math.max(max, newValue);
    }

    /** Adds {@code delta} to the quantity at {@code nowNanos}. */
    public void add(long nowNanos, double delta) {
        update(nowNanos, value + delta);
    }

    public double current() {
        return value;
    }

    /** The largest value the quantity has taken. */
    public double max() {
        return max;
    }

    /** The smallest value the quantity has taken. */
    public double min() {
        return min;
    }

    /** The integral of the quantity from the start to {@code untilNanos}, in value x nanoseconds. */
    public double integral(long untilNanos) {
        check(untilNanos);
        return integral + value * (double) (untilNanos - lastNanos);
    }

    /** The time-average from the start to {@code untilNanos}; the current value over an empty interval. */
    public double mean(long untilNanos) {
        check(untilNanos);
        if (untilNanos == startNanos) {
            return value;
        }
        return integral(untilNanos) / (double) (untilNanos - startNanos);
    }

    private void advance(long nowNanos) {
        check(nowNanos);
        integral += value * (double) (nowNanos - lastNanos);
        lastNanos = nowNanos;
    }

    private void check(long nowNanos) {
        if (nowNanos < lastNanos) {
            throw new IllegalArgumentException(
                    "time " + nowNanos + " ns is before the last update (" + lastNanos + " ns)");
        }
    }
}
