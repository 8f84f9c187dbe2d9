package org.persistlab.sim.truth;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.persistlab.sim.gateway.GatewayEvent;
import org.persistlab.sim.network.Outage;
import org.persistlab.sim.phone.CallKind;
import org.persistlab.sim.phone.CallOutcome;
import org.persistlab.sim.phone.LossTrigger;
import org.persistlab.sim.phone.PhoneEvent;
import org.persistlab.sim.phone.ServiceState;

/**
 * The simulation's own record of what happened to every phone, taken from the models themselves:
 * service states over time, license outcomes at IP Office, calls and registrations. The analyzer's
 * wire-derived numbers are held against what this records.
 *
 * <p>Memory per phone is constant: each phone's current state and the time it entered it, and what
 * its finished stretches add up to, so a long outage with many failback attempts costs nothing more.
 */
public final class TruthRecorder {
    /** Calls are counted by the phase of the outage their attempt started in. */
    public enum Phase { BEFORE, DURING, AFTER }

    private static final ServiceState[] STATES = ServiceState.values();

    private final int[] siteOf;
    private final Outage outage;
    private final long bucketNanos;
    private final int buckets;
    /** [state][bucket]: phones entering minus phones leaving the state, by bucket; prefix sums give counts. */
    private final long[][] delta;
    private final byte[] state;
    private final long[] since;
    private final long[] firstOnAco;
    private final long[] limitedAfterFault;
    private final long[] noService;
    private final long[] no911;
    private final LicenseOutcome[] license;
    private final long[] licensedSince;
    private final long[] ipoRegisteredAt;
    private final Map<LossTrigger, Long> triggers = new EnumMap<>(LossTrigger.class);
    private final long[][][] calls = new long[Phase.values().length][CallKind.values().length][CallOutcome.values().length];
    private final long[][] incoming = new long[Phase.values().length][3];
    /**
     * Outgoing call attempts (a local busy is not one; a phone's record of a call it received is the
     * callee's side of another attempt) and the failed among them, by the second they started.
     */
    private final SecondSeries callAttempts = new SecondSeries();
    private final SecondSeries callFailures = new SecondSeries();
    private final Map<String, long[]> registrations = new TreeMap<>();

    /**
     * @param siteOf  the site of each phone, by phone id
     * @param outage  the outage, or {@code null} when the run has none
     * @param end     when the run ends: the state timeline covers {@code [0, end)}
     * @param buckets how many equal slices the state timeline has
     */
    public TruthRecorder(int[] siteOf, Outage outage, long end, int buckets) {
        int n = siteOf.length;
        this.siteOf = siteOf.clone();
        this.outage = outage;
        this.buckets = buckets;
        this.bucketNanos = Math.max(1, (end + buckets - 1) / buckets);
        this.delta = new long[STATES.length][buckets + 1];
        state = new byte[n];
        since = new long[n];
        firstOnAco = new long[n];
        limitedAfterFault = new long[n];
        noService = new long[n];
        no911 = new long[n];
        license = new LicenseOutcome[n];
        licensedSince = new long[n];
        ipoRegisteredAt = new long[n];
        java.util.Arrays.fill(state, (byte) ServiceState.STARTING.ordinal());
        java.util.Arrays.fill(firstOnAco, -1);
        java.util.Arrays.fill(limitedAfterFault, -1);
        java.util.Arrays.fill(license, LicenseOutcome.NONE);
        java.util.Arrays.fill(licensedSince, -1);
        java.util.Arrays.fill(ipoRegisteredAt, -1);
        delta[ServiceState.STARTING.ordinal()][0] = n;
    }

    public int phones() {
        return state.length;
    }

    // ---- recording ----

    public void onPhoneEvent(PhoneEvent e) {
        if (e instanceof PhoneEvent.StateChanged s) {
            changeState(s.phone(), s.at(), s.state());
        } else if (e instanceof PhoneEvent.LossDetected l) {
            triggers.merge(l.trigger(), 1L, Long::sum);
        } else if (e instanceof PhoneEvent.CallFinished c) {
            calls[phase(c.call().startedAt()).ordinal()][c.call().kind().ordinal()][c.call().outcome().ordinal()]++;
            CallOutcome outcome = c.call().outcome();
            if (outcome != CallOutcome.BUSY_LOCAL && c.call().kind() != CallKind.INCOMING) {
                callAttempts.add(c.call().startedAt());
                if (outcome != CallOutcome.COMPLETED) {
                    callFailures.add(c.call().startedAt());
                }
            }
        } else if (e instanceof PhoneEvent.RegistrationFinished r) {
            long[] t = registrations.computeIfAbsent(r.controller(), k -> new long[4]);
            t[0]++;
            t[r.status() >= 200 && r.status() < 300 ? 1 : 2]++;
            t[3] += r.messagesSent();
        }
    }

    /**
     * A state change. One stamped in the past (DETECTING, known only when the phone gives up) splits
     * the phone's current stretch; it never moves before the change already recorded before it.
     */
    private void changeState(int p, long at, ServiceState next) {
        long t = Math.max(at, since[p]);
        long[] add = stretch(p, t);
        noService[p] += add[0];
        no911[p] += add[1];
        int b = (int) Math.min(buckets, (t + bucketNanos - 1) / bucketNanos);
        delta[state[p]][b]--;
        delta[next.ordinal()][b]++;
        state[p] = (byte) next.ordinal();
        since[p] = t;
        if (next == ServiceState.ON_ACO && firstOnAco[p] < 0) {
            firstOnAco[p] = t;
        }
        if (next == ServiceState.LIMITED_SERVICE && limitedAfterFault[p] < 0 && outage != null
                && t >= outage.start() && outage.covers(siteOf[p], outage.start())) {
            limitedAfterFault[p] = t;
        }
    }

    /** A gateway decision about phone {@code phone} (the host maps the extension to the phone). */
    public void onGatewayEvent(int phone, GatewayEvent e) {
        if (e instanceof GatewayEvent.RegistrationAccepted a) {
            if (!a.refresh() && ipoRegisteredAt[phone] < 0) {
                ipoRegisteredAt[phone] = a.timeNanos();
                license[phone] = a.licensed() ? LicenseOutcome.LICENSED : LicenseOutcome.EMERGENCY_ONLY;
            }
            if (a.licensed() && licensedSince[phone] < 0) {
                licensedSince[phone] = a.timeNanos();
            }
        } else if (e instanceof GatewayEvent.LicenseUpgraded u) {
            if (licensedSince[phone] < 0) {
                licensedSince[phone] = u.timeNanos();
            }
        } else if (e instanceof GatewayEvent.RegistrationRefused && license[phone] == LicenseOutcome.NONE) {
            license[phone] = LicenseOutcome.REFUSED;
        }
    }

    /** An incoming external call the PSTN placed: completed, failed at the far end, or no service to try. */
    public void onIncoming(long startedAt, boolean completed, boolean noService) {
        incoming[phase(startedAt).ordinal()][completed ? 0 : noService ? 2 : 1]++;
    }

    public Phase phase(long t) {
        if (outage == null || t < outage.start()) {
            return Phase.BEFORE;
        }
        return t < outage.end() ? Phase.DURING : Phase.AFTER;
    }

    // ---- results ----

    /**
     * What the phone's current stretch, from its start to {@code b}, adds to its time without service
     * and without 911. Counting starts at the phone's first registration to ACO. Service needs a
     * controller that works: ACO while it is reachable, or IP Office with a license; 911 works on IP
     * Office with or without one (domain.md §2.2, §4).
     */
    private long[] stretch(int p, long b) {
        if (firstOnAco[p] < 0) {
            return new long[] {0, 0};
        }
        long a = Math.max(since[p], firstOnAco[p]);
        if (b <= a) {
            return new long[] {0, 0};
        }
        ServiceState s = STATES[state[p]];
        if (s == ServiceState.ON_ACO) {
            long lost = acoUnreachable(siteOf[p], a, b);
            return new long[] {lost, lost};
        }
        if (s == ServiceState.LIMITED_SERVICE || s == ServiceState.FAILING_BACK) {
            long lic = licensedSince[p];
            return new long[] {lic < 0 ? b - a : Math.max(0, Math.min(b, lic) - a), 0};
        }
        return new long[] {b - a, b - a};
    }

    private long acoUnreachable(int site, long a, long b) {
        if (outage == null || !outage.covers(site, outage.start())) {
            return 0;
        }
        return Math.max(0, Math.min(b, outage.end()) - Math.max(a, outage.start()));
    }

    /** Everything the report needs for the run as it stands at {@code now}; nothing here changes the record. */
    public Truth finish(long now) {
        int n = state.length;
        long[] failover = new long[n];
        long[] none = new long[n];
        long[] blackout = new long[n];
        int failed = 0;
        int affected = 0;
        for (int p = 0; p < n; p++) {
            if (outage != null && outage.covers(siteOf[p], outage.start())) {
                affected++;
                if (limitedAfterFault[p] >= 0) {
                    failover[failed++] = limitedAfterFault[p] - outage.start();
                }
            }
            long[] open = stretch(p, now);
            none[p] = noService[p] + open[0];
            blackout[p] = no911[p] + open[1];
        }
        EnumMap<LicenseOutcome, Long> licenses = new EnumMap<>(LicenseOutcome.class);
        for (LicenseOutcome o : LicenseOutcome.values()) {
            licenses.put(o, 0L);
        }
        for (LicenseOutcome o : license) {
            licenses.merge(o, 1L, Long::sum);
        }
        int seconds = (int) Math.max(1, (now + 999_999_999L) / 1_000_000_000L);
        return new Truth(n, affected, Summary.of(failover, failed), Summary.of(none), Summary.of(blackout),
                java.util.Arrays.copyOf(failover, failed), licenses, new EnumMap<>(triggers), calls, incoming,
                registrations, timeline(), bucketNanos, callAttempts.first(seconds), callFailures.first(seconds));
    }

    /** Phones in each state at the start of each bucket. */
    private long[][] timeline() {
        long[][] counts = new long[STATES.length][buckets];
        for (int s = 0; s < STATES.length; s++) {
            long run = 0;
            for (int b = 0; b < buckets; b++) {
                run += delta[s][b];
                counts[s][b] = run;
            }
        }
        return counts;
    }
}
