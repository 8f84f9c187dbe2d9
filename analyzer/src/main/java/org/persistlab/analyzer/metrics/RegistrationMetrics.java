package org.persistlab.analyzer.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.persistlab.analyzer.track.RegistrationAttempt;
import org.persistlab.sip.Endpoint;

/** Aggregates registration attempts and REGISTER messages into a {@link RegistrationSummary}. */
public final class RegistrationMetrics {
    private final int maxSeriesSeconds;
    private long attempts;
    private long succeeded;
    private long challenges;
    private final DelayHistogram rrd = new DelayHistogram();
    private long registerMessages;
    private final Set<String> aors = new HashSet<>();
    private final Map<Endpoint, SecondCounter> perRegistrar = new TreeMap<>();

    public RegistrationMetrics(int maxSeriesSeconds) {
        this.maxSeriesSeconds = maxSeriesSeconds;
    }

    /** Every REGISTER request message, retransmissions included. */
    public void registerMessage(long nanos, Endpoint registrar) {
        registerMessages++;
        SecondCounter c = perRegistrar.get(registrar);
        if (c == null) {
            c = new SecondCounter(maxSeriesSeconds);
            perRegistrar.put(registrar, c);
        }
        c.add(nanos);
    }

    /** The AoR of a REGISTER request whose headers could be read. */
    public void addressOfRecord(String aor) {
        aors.add(aor);
    }

    public void attemptEnded(RegistrationAttempt a) {
        attempts++;
        challenges += a.challenges();
        if (a.outcome() == RegistrationAttempt.Outcome.SUCCEEDED) {
            succeeded++;
            rrd.record(a.registrationDelayNanos());
        }
    }

    /** The summary with series over the seconds {@code [firstSecond, lastSecond]} of the whole input. */
    public RegistrationSummary summary(long firstSecond, long lastSecond) {
        List<RegistrarLoad> loads = new ArrayList<>();
        long peak = 0;
        for (Map.Entry<Endpoint, SecondCounter> r : perRegistrar.entrySet()) {
            PerSecondSeries s = r.getValue().series(firstSecond, lastSecond);
            loads.add(new RegistrarLoad(r.getKey().toString(), s.peak(), s));
            peak = Math.max(peak, s.peak());
        }
        long failed = attempts - succeeded;
        return new RegistrationSummary(attempts, succeeded, failed, challenges, Rounding.percent(failed, attempts),
                rrd.stats(), peak, registerMessages, aors.size(), Rounding.ratio(registerMessages, aors.size()),
                loads);
    }
}
