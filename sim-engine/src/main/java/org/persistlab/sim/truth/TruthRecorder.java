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
 */
public final class TruthRecorder {
    /** Calls are counted by the phase of the outage their attempt started in. */
    public enum Phase { BEFORE, DURING, AFTER }

    private final PhoneTimeline[] timelines;
    private final int[] siteOf;
    private final LicenseOutcome[] license;
    private final long[] licensedSince;
    private final long[] ipoRegisteredAt;
    private final Outage outage;
    private final Map<LossTrigger, Long> triggers = new EnumMap<>(LossTrigger.class);
    private final long[][][] calls = new long[Phase.values().length][CallKind.values().length][CallOutcome.values().length];
    private final long[][] incoming = new long[Phase.values().length][3];
    private final Map<String, long[]> registrations = new TreeMap<>();

    /**
     * @param siteOf  the site of each phone, by phone id
     * @param outage  the outage, or {@code null} when the run has none
     */
    public TruthRecorder(int[] siteOf, Outage outage) {
        int n = siteOf.length;
        this.siteOf = siteOf.clone();
        this.outage = outage;
        timelines = new PhoneTimeline[n];
        license = new LicenseOutcome[n];
        licensedSince = new long[n];
        ipoRegisteredAt = new long[n];
        for (int i = 0; i < n; i++) {
            timelines[i] = new PhoneTimeline();
            license[i] = LicenseOutcome.NONE;
            licensedSince[i] = -1;
            ipoRegisteredAt[i] = -1;
        }
    }

    public int phones() {
        return timelines.length;
    }

    // ---- recording ----

    public void onPhoneEvent(PhoneEvent e) {
        if (e instanceof PhoneEvent.StateChanged s) {
            timelines[s.phone()].add(s.at(), s.state());
        } else if (e instanceof PhoneEvent.LossDetected l) {
            triggers.merge(l.trigger(), 1L, Long::sum);
        } else if (e instanceof PhoneEvent.CallFinished c) {
            calls[phase(c.call().startedAt()).ordinal()][c.call().kind().ordinal()][c.call().outcome().ordinal()]++;
        } else if (e instanceof PhoneEvent.RegistrationFinished r) {
            long[] t = registrations.computeIfAbsent(r.controller(), k -> new long[4]);
            t[0]++;
            t[r.status() >= 200 && r.status() < 300 ? 1 : 2]++;
            t[3] += r.messagesSent();
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

    /** Works out everything the report needs, for a run that ended at {@code end}. */
    public Truth finish(long end, int buckets) {
        int n = timelines.length;
        long[] failover = new long[n];
        long[] noService = new long[n];
        long[] blackout = new long[n];
        int failed = 0;
        int affected = 0;
        for (int p = 0; p < n; p++) {
            boolean hit = outage != null && outage.covers(siteOf[p], outage.start());
            if (hit) {
                affected++;
                long limited = timelines[p].firstAfter(outage.start(), ServiceState.LIMITED_SERVICE);
                if (limited >= 0) {
                    failover[failed++] = limited - outage.start();
                }
            }
            long[] without = withoutService(p, end);
            noService[p] = without[0];
            blackout[p] = without[1];
        }
        EnumMap<LicenseOutcome, Long> licenses = new EnumMap<>(LicenseOutcome.class);
        for (LicenseOutcome o : LicenseOutcome.values()) {
            licenses.put(o, 0L);
        }
        for (LicenseOutcome o : license) {
            licenses.merge(o, 1L, Long::sum);
        }
        return new Truth(n, affected, Summary.of(failover, failed), Summary.of(noService), Summary.of(blackout),
                java.util.Arrays.copyOf(failover, failed), licenses, new EnumMap<>(triggers), calls, incoming,
                registrations, timeline(end, buckets));
    }

    /**
     * Time without service and time without 911, from the phone's first registration to the end.
     * Service needs a controller that works: ACO while it is reachable, or IP Office with a license;
     * 911 works on IP Office with or without one (domain.md §2.2, §4).
     */
    private long[] withoutService(int p, long end) {
        PhoneTimeline t = timelines[p];
        long start = t.firstAfter(0, ServiceState.ON_ACO);
        if (start < 0) {
            return new long[] {0, 0};
        }
        long none = 0;
        long no911 = 0;
        for (int i = 0; i < t.size(); i++) {
            long a = Math.max(t.time(i), start);
            long b = i + 1 < t.size() ? t.time(i + 1) : end;
            if (b <= a) {
                continue;
            }
            ServiceState s = t.state(i);
            if (s == ServiceState.ON_ACO) {
                long lost = acoUnreachable(siteOf[p], a, b);
                none += lost;
                no911 += lost;
            } else if (s == ServiceState.LIMITED_SERVICE || s == ServiceState.FAILING_BACK) {
                long lic = licensedSince[p];
                none += lic < 0 ? b - a : Math.max(0, Math.min(b, lic) - a);
            } else {
                none += b - a;
                no911 += b - a;
            }
        }
        return new long[] {none, no911};
    }

    private long acoUnreachable(int site, long a, long b) {
        if (outage == null || !outage.covers(site, outage.start())) {
            return 0;
        }
        return Math.max(0, Math.min(b, outage.end()) - Math.max(a, outage.start()));
    }

    /** Phones in each state at the start of each of {@code buckets} equal slices of {@code [0, end)}. */
    private long[][] timeline(long end, int buckets) {
        ServiceState[] states = ServiceState.values();
        long[][] delta = new long[states.length][buckets + 1];
        long width = Math.max(1, (end + buckets - 1) / buckets);
        for (PhoneTimeline t : timelines) {
            ServiceState prev = null;
            for (int i = 0; i < t.size(); i++) {
                int b = (int) Math.min(buckets, (t.time(i) + width - 1) / width);
                if (prev != null) {
                    delta[prev.ordinal()][b]--;
                }
                delta[t.state(i).ordinal()][b]++;
                prev = t.state(i);
            }
        }
        long[][] counts = new long[states.length][buckets];
        for (int s = 0; s < states.length; s++) {
            long run = 0;
            for (int b = 0; b < buckets; b++) {
                run += delta[s][b];
                counts[s][b] = run;
            }
        }
        return counts;
    }

    /** The phone's state timeline, for step-by-step display. */
    public ServiceState stateAt(int phone, long time) {
        return timelines[phone].at(time);
    }
}
