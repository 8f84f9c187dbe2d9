package org.persistlab.analyzer.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.persistlab.analyzer.track.CallAttempt;
import org.persistlab.analyzer.track.Dialog;
import org.persistlab.analyzer.track.Transaction;

/**
 * Aggregates ended session attempts and dialogs into a {@link CallSummary}.
 *
 * <p>SRD (RFC 6076 §4.3) is measured from the first transmission of the attempt's first INVITE. An
 * attempt that got a 101-199 response gives a successful-setup sample ending at the first one; one
 * answered without any gives a sample ending at the 2xx. An attempt that ended in a failure final
 * without a 101-199 before it gives a failed-setup sample ending at that final. A 487 after the
 * caller's own CANCEL, a Timer B expiry (nothing received) and an unfinished attempt give no sample.
 */
public final class CallMetrics {
    private final SecondCounter perSecond;
    private long attempts;
    private long answered;
    private long redirected;
    private long effective;
    private long ineffective;
    private long completed;
    private long timeouts;
    private long unfinished;
    private final Map<Integer, Long> finals = new TreeMap<>();
    private final DelayHistogram srd = new DelayHistogram();
    private final DelayHistogram srdFailed = new DelayHistogram();
    private final DelayHistogram sdd = new DelayHistogram();

    public CallMetrics(int maxSeriesSeconds) {
        this.perSecond = new SecondCounter(maxSeriesSeconds);
    }

    public void attemptEnded(CallAttempt a) {
        attempts++;
        perSecond.add(a.startNanos());
        int status = a.finalStatus();
        switch (a.outcome()) {
            case ANSWERED -> {
                answered++;
                effective++;
            }
            case REDIRECTED -> redirected++;
            case FAILED -> {
                if (status == 480 || status == 486 || status == 600 || status == 603) {
                    effective++;
                }
                if (status == 408 || status == 500 || status == 503 || status == 504) {
                    ineffective++;
                }
            }
            case TIMED_OUT -> {
                ineffective++;
                timeouts++;
            }
            case UNFINISHED -> unfinished++;
            default -> {
            }
        }
        if (status != 0) {
            finals.merge(status, 1L, Long::sum);
        }
        recordSetupDelay(a);
    }

    private void recordSetupDelay(CallAttempt a) {
        long start = a.startNanos();
        if (a.firstProvisionalNanos() != Transaction.NONE) {
            srd.record(a.firstProvisionalNanos() - start);
        } else if (a.outcome() == CallAttempt.Outcome.ANSWERED) {
            srd.record(a.endNanos() - start);
        } else if (a.outcome() == CallAttempt.Outcome.FAILED) {
            srdFailed.record(a.endNanos() - start);
        }
    }

    public void dialogEnded(Dialog d) {
        if (d.completed()) {
            completed++;
        }
        if (d.disconnectNanos() != Transaction.NONE) {
            sdd.record(d.disconnectNanos());
        }
    }

    public CallSummary summary(long firstSecond, long lastSecond) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        finals.forEach((code, n) -> outcomes.put(Integer.toString(code), n));
        if (timeouts > 0) {
            outcomes.put("timeout", timeouts);
        }
        if (unfinished > 0) {
            outcomes.put("unfinished", unfinished);
        }
        long established = attempts - redirected;
        PerSecondSeries series = perSecond.series(firstSecond, lastSecond);
        return new CallSummary(attempts, answered, completed, outcomes, srd.stats(), srdFailed.stats(), sdd.stats(),
                Rounding.percent(answered, established), Rounding.percent(effective, established),
                Rounding.percent(ineffective, attempts), Rounding.percent(completed, attempts), series.peak(),
                series);
    }
}
