package org.persistlab.sim.phone;

import java.util.Arrays;

/**
 * One optional deadline per timer kind, indexed by an enum (quinn-proto's {@code TimerTable}).
 * Cancelling is clearing a slot; a slot that fires late or twice does nothing, because callers ask
 * {@link #expired} before acting.
 */
final class TimerTable<K extends Enum<K>> {
    static final long NONE = Long.MAX_VALUE;
    private final long[] deadlines;
    private final K[] kinds;

    TimerTable(Class<K> kind) {
        this.kinds = kind.getEnumConstants();
        this.deadlines = new long[kinds.length];
        Arrays.fill(deadlines, NONE);
    }

    void set(K timer, long at) {
        deadlines[timer.ordinal()] = at;
    }

    void clear(K timer) {
        deadlines[timer.ordinal()] = NONE;
    }

    boolean isSet(K timer) {
        return deadlines[timer.ordinal()] != NONE;
    }

    long get(K timer) {
        return deadlines[timer.ordinal()];
    }

    /** True (and the slot cleared) when the timer is set and due at {@code now}. */
    boolean expired(K timer, long now) {
        int i = timer.ordinal();
        if (deadlines[i] <= now) {
            deadlines[i] = NONE;
            return true;
        }
        return false;
    }

    /** The earliest deadline, or {@link #NONE}. */
    long next() {
        long min = NONE;
        for (long d : deadlines) {
            if (d < min) {
                min = d;
            }
        }
        return min;
    }

    /** The kind whose deadline is earliest and due at {@code now}, or {@code null}. Ties go to the lower ordinal. */
    K firstDue(long now) {
        int best = -1;
        for (int i = 0; i < deadlines.length; i++) {
            if (deadlines[i] <= now && (best < 0 || deadlines[i] < deadlines[best])) {
                best = i;
            }
        }
        return best < 0 ? null : kinds[best];
    }
}
