package org.persistlab.sim.truth;

import java.util.Arrays;
import org.persistlab.sim.phone.ServiceState;

/** One phone's service states over time: (time, state) pairs in time order, starting in STARTING at 0. */
final class PhoneTimeline {
    private long[] at = new long[8];
    private byte[] state = new byte[8];
    private int n;

    PhoneTimeline() {
        add(0, ServiceState.STARTING);
    }

    /**
     * Records a change. A change stamped in the past (DETECTING, known only when the phone gives up)
     * is inserted in its place; it never moves before the change already recorded before it.
     */
    void add(long time, ServiceState s) {
        if (n == at.length) {
            at = Arrays.copyOf(at, n * 2);
            state = Arrays.copyOf(state, n * 2);
        }
        int pos = n;
        while (pos > 0 && at[pos - 1] > time) {
            pos--;
        }
        long t = pos > 0 ? Math.max(time, at[pos - 1]) : time;
        System.arraycopy(at, pos, at, pos + 1, n - pos);
        System.arraycopy(state, pos, state, pos + 1, n - pos);
        at[pos] = t;
        state[pos] = (byte) s.ordinal();
        n++;
    }

    int size() {
        return n;
    }

    long time(int i) {
        return at[i];
    }

    ServiceState state(int i) {
        return ServiceState.values()[state[i]];
    }

    /** The state at {@code time}. */
    ServiceState at(long time) {
        ServiceState s = ServiceState.STARTING;
        for (int i = 0; i < n && at[i] <= time; i++) {
            s = state(i);
        }
        return s;
    }

    /** The first time at or after {@code from} that the phone entered {@code s}, or -1. */
    long firstAfter(long from, ServiceState s) {
        for (int i = 0; i < n; i++) {
            if (at[i] >= from && state(i) == s) {
                return at[i];
            }
        }
        return -1;
    }
}
