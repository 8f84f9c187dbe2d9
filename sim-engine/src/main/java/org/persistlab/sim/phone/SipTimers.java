package org.persistlab.sim.phone;

/** RFC 3261 §17 timer values with the default T1 and T2 (domain.md §3.1), in nanoseconds. */
public final class SipTimers {
    public static final long T1 = 500_000_000L;
    public static final long T2 = 4_000_000_000L;
    /** Timer B (INVITE) and Timer F (non-INVITE): 64 x T1 = 32 s, on every transport. */
    public static final long TIMER_B = 64 * T1;
    public static final long TIMER_F = 64 * T1;

    private SipTimers() {
    }

    /**
     * The next retransmission interval over UDP: INVITE doubles without bound (Timer A), others double
     * up to T2 (Timer E), so requests go out at 0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5 s (INVITE) and at
     * 0, 0.5, 1.5, 3.5, 7.5, 11.5, ..., 31.5 s (non-INVITE) before Timer B/F ends them at 32 s.
     */
    public static long nextInterval(long current, boolean invite) {
        return invite ? current * 2 : Math.min(current * 2, T2);
    }
}
