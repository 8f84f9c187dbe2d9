package org.persistlab.analyzer.track;

/**
 * How long tracked state waits, in capture-time nanoseconds.
 *
 * @param t1Nanos                   RFC 3261 T1 (500 ms, §17 Table 4); Timers B and F and the
 *                                  transaction linger are 64*T1
 * @param inviteProceedingIdleNanos an INVITE that got a provisional response but no final one is
 *                                  released after this much silence. ASSUMPTION: 10 min, well above
 *                                  a proxy's Timer C (&gt; 3 min, RFC 3261 §16.6 step 11), because a
 *                                  phone may ring for minutes without any message on the wire
 * @param dialogIdleNanos           an early or confirmed dialog is released after this much
 *                                  silence. ASSUMPTION: 12 h; a call without session timers sends
 *                                  nothing while it is up, so this bounds memory, not call length
 */
public record TrackTimers(long t1Nanos, long inviteProceedingIdleNanos, long dialogIdleNanos) {
    public static final long DEFAULT_T1_NANOS = 500_000_000L;

    public TrackTimers {
        if (t1Nanos <= 0 || inviteProceedingIdleNanos <= 0 || dialogIdleNanos <= 0) {
            throw new IllegalArgumentException("timers must be positive: T1=" + t1Nanos + " ns, proceeding idle="
                    + inviteProceedingIdleNanos + " ns, dialog idle=" + dialogIdleNanos + " ns");
        }
    }

    public static TrackTimers defaults() {
        return new TrackTimers(DEFAULT_T1_NANOS, 600_000_000_000L, 43_200_000_000_000L);
    }

    /** 64*T1: Timer B, Timer F, and how long a finished transaction lingers for retransmissions. */
    public long lingerNanos() {
        return 64 * t1Nanos;
    }
}
