package org.persistlab.sim.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.sim.network.Outage;
import org.persistlab.sim.phone.CallKind;
import org.persistlab.sim.phone.CallOutcome;
import org.persistlab.sim.phone.LossTrigger;
import org.persistlab.sim.phone.ServiceState;
import org.persistlab.sim.truth.LicenseOutcome;
import org.persistlab.sim.truth.RegistrarLoad;
import org.persistlab.sim.truth.Summary;
import org.persistlab.sim.truth.Truth;
import org.persistlab.sim.truth.TruthRecorder;

/**
 * What a run found, from the simulation's truth: failover latency, time without service and without
 * 911, license outcomes, the registration storms at IP Office and ACO, and calls per phase. Its tree
 * ({@link #toTree()}) is what {@code lab run --format json} prints; it holds no wall-clock value,
 * so the same scenario and seed give the same tree byte for byte.
 */
public final class RunReport {
    private static final long S = 1_000_000_000L;

    private final Map<String, Object> tree;
    private final Truth truth;
    private final long ipoPeak;
    private final long acoPeak;
    private final long acoFailbackPeak;

    private RunReport(Map<String, Object> tree, Truth truth, long ipoPeak, long acoPeak, long acoFailbackPeak) {
        this.tree = tree;
        this.truth = truth;
        this.ipoPeak = ipoPeak;
        this.acoPeak = acoPeak;
        this.acoFailbackPeak = acoFailbackPeak;
    }

    static RunReport of(Simulation run, Truth t, RegistrarLoad load, Outage outage, long ipoChallenges,
                        long ipoOverload, long acoRateLimited) {
        long endSecond = (run.now() + S - 1) / S;
        long outageEndSecond = outage == null ? 0 : outage.end() / S;
        long ipoPeak = load.gatewayPeak(0, endSecond);
        long acoPeak = load.acoPeak(0, endSecond);
        long failbackPeak = outage == null ? 0 : load.acoPeak(outageEndSecond, endSecond);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", run.seed());
        m.put("phones", t.phones());
        m.put("sites", run.sites().size());
        m.put("duration_s", run.simulatedEnd() / S);
        m.put("events", run.eventsFired());
        Map<String, Object> o = new LinkedHashMap<>();
        if (outage != null) {
            o.put("start_s", outage.start() / 1e9);
            o.put("duration_s", (outage.end() - outage.start()) / 1e9);
            o.put("mode", outage.reset() ? "reset" : "silent");
            o.put("affected_phones", t.affectedPhones());
        }
        m.put("outage", outage == null ? null : o);

        Map<String, Object> truthTree = new LinkedHashMap<>();
        truthTree.put("failover_ms", t.failover().toTree());
        truthTree.put("failed_over", t.failover().count());
        truthTree.put("no_service_ms", t.noService().toTree());
        truthTree.put("emergency_blackout_ms", t.emergencyBlackout().toTree());
        Map<String, Object> triggers = new LinkedHashMap<>();
        for (LossTrigger lt : LossTrigger.values()) {
            triggers.put(lt.name().toLowerCase(java.util.Locale.ROOT), t.triggers().getOrDefault(lt, 0L));
        }
        truthTree.put("loss_detected_by", triggers);
        m.put("truth", truthTree);

        Map<String, Object> lic = new LinkedHashMap<>();
        lic.put("licensed", t.licenses().get(LicenseOutcome.LICENSED));
        lic.put("emergency_only", t.licenses().get(LicenseOutcome.EMERGENCY_ONLY));
        lic.put("refused", t.licenses().get(LicenseOutcome.REFUSED));
        lic.put("never_registered", t.licenses().get(LicenseOutcome.NONE));
        m.put("licenses", lic);

        Map<String, Object> ipo = new LinkedHashMap<>();
        ipo.put("register_peak_per_s", ipoPeak);
        ipo.put("registers", load.gatewayTotal());
        // REGISTER messages (retransmissions and credentialed re-sends included) per phone that sent any.
        ipo.put("amplification", ratio(load.gatewayTotal(), load.gatewaySenders()));
        ipo.put("challenges", ipoChallenges);
        ipo.put("overload_503", ipoOverload);
        m.put("ipo", ipo);

        Map<String, Object> aco = new LinkedHashMap<>();
        aco.put("register_peak_per_s", acoPeak);
        aco.put("failback_peak_per_s", failbackPeak);
        aco.put("registers", load.acoTotal());
        aco.put("amplification", ratio(load.acoTotal(), load.acoSenders()));
        aco.put("rate_limited_503", acoRateLimited);
        m.put("aco", aco);

        m.put("calls", calls(t, run));
        m.put("registrations", registrations(t));
        m.put("series", series(t, load, (int) Math.max(1, endSecond), run.now()));
        return new RunReport(m, t, ipoPeak, acoPeak, failbackPeak);
    }

    private static Double ratio(long a, long b) {
        return b == 0 ? null : java.math.BigDecimal.valueOf(a).divide(java.math.BigDecimal.valueOf(b), 3,
                java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static Map<String, Object> calls(Truth t, Simulation run) {
        long attempts = 0;
        long completed = 0;
        Map<String, Object> phases = new LinkedHashMap<>();
        for (TruthRecorder.Phase ph : TruthRecorder.Phase.values()) {
            Map<String, Object> p = new LinkedHashMap<>();
            long a = 0;
            long c = 0;
            Map<String, Object> outcomes = new LinkedHashMap<>();
            for (CallOutcome oc : CallOutcome.values()) {
                long n = 0;
                for (CallKind k : CallKind.values()) {
                    // A phone's record of a call it received is the callee's side of someone else's
                    // attempt (counted by the caller, or by the PSTN under "incoming").
                    if (k != CallKind.INCOMING) {
                        n += t.calls()[ph.ordinal()][k.ordinal()][oc.ordinal()];
                    }
                }
                outcomes.put(oc.name().toLowerCase(java.util.Locale.ROOT), n);
                if (oc != CallOutcome.BUSY_LOCAL) {
                    a += n;
                }
                if (oc == CallOutcome.COMPLETED) {
                    c += n;
                }
            }
            p.put("attempts", a);
            p.put("completed", c);
            p.put("failed", a - c);
            p.put("outcomes", outcomes);
            long[] in = t.incoming()[ph.ordinal()];
            p.put("incoming", ordered("completed", in[0], "failed", in[1], "no_service", in[2]));
            phases.put(ph.name().toLowerCase(java.util.Locale.ROOT), p);
            attempts += a;
            completed += c;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attempts", attempts);
        m.put("completed", completed);
        m.put("failed", attempts - completed);
        long emergencyOk = 0;
        long emergencyAll = 0;
        for (TruthRecorder.Phase ph : TruthRecorder.Phase.values()) {
            for (CallOutcome oc : CallOutcome.values()) {
                long n = t.calls()[ph.ordinal()][CallKind.EMERGENCY.ordinal()][oc.ordinal()];
                emergencyAll += oc == CallOutcome.BUSY_LOCAL ? 0 : n;
                emergencyOk += oc == CallOutcome.COMPLETED ? n : 0;
            }
        }
        m.put("emergency", ordered("attempts", emergencyAll, "completed", emergencyOk));
        m.put("by_phase", phases);
        return m;
    }

    private static Map<String, Object> registrations(Truth t) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : t.registrations().entrySet()) {
            long[] r = e.getValue();
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("attempts", r[0]);
            x.put("succeeded", r[1]);
            x.put("failed", r[2]);
            x.put("register_messages", r[3]);
            m.put(e.getKey().toLowerCase(java.util.Locale.ROOT), x);
        }
        return m;
    }

    private static Map<String, Object> series(Truth t, RegistrarLoad load, int seconds, long end) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("register_per_s", ordered("ipo", toList(load.gatewaySeries(seconds)), "aco",
                toList(load.acoSeries(seconds))));
        m.put("calls_per_s", ordered("attempts", toList(java.util.Arrays.copyOf(t.callAttemptsPerSecond(), seconds)),
                "failed", toList(java.util.Arrays.copyOf(t.callFailuresPerSecond(), seconds))));
        Map<String, Object> states = new LinkedHashMap<>();
        states.put("bucket_s", t.bucketNanos() / 1e9);
        for (ServiceState s : ServiceState.values()) {
            states.put(s.name().toLowerCase(java.util.Locale.ROOT), toList(t.stateTimeline()[s.ordinal()]));
        }
        m.put("states", states);
        List<Double> lat = new ArrayList<>();
        long[] sorted = t.failoverNanos().clone();
        java.util.Arrays.sort(sorted);
        for (long v : sorted) {
            lat.add(v / 1e6);
        }
        m.put("failover_ms", lat);
        return m;
    }

    /** A map in the order given: the tree must read the same in every JVM (Map.of does not promise that). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static List<Long> toList(long[] a) {
        List<Long> out = new ArrayList<>(a.length);
        for (long v : a) {
            out.add(v);
        }
        return out;
    }

    /** The report as an ordered tree of maps, lists, strings, numbers and nulls. */
    public Map<String, Object> toTree() {
        return tree;
    }

    public Truth truth() {
        return truth;
    }

    public Summary failover() {
        return truth.failover();
    }

    public long ipoRegisterPeakPerSecond() {
        return ipoPeak;
    }

    public long acoRegisterPeakPerSecond() {
        return acoPeak;
    }

    public long acoFailbackPeakPerSecond() {
        return acoFailbackPeak;
    }
}
