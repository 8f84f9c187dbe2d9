package org.persistlab.shell.analyze;

import java.util.ArrayList;
import java.util.List;
import org.persistlab.analyzer.metrics.PhoneFailover;
import org.persistlab.shell.report.Chart;
import org.persistlab.shell.report.ChartSeries;

/**
 * The phones' service states over time as the wire shows them, from each phone's failover moments:
 * on the primary until its first unanswered request, detecting the loss until its first request to
 * the gateway, registering there until the 200 OK, then Limited Service until the failback, then on
 * the primary again. A phone without an unanswered request stays "on primary".
 */
final class WireTimeline {
    private static final long S = 1_000_000_000L;
    /** At most this many samples; the SVG folds longer series anyway. */
    private static final int MAX_SAMPLES = 2000;
    private static final String[] STATES = {"on primary", "detecting loss", "registering at gateway",
        "Limited Service (gateway)", "back on primary"};

    private WireTimeline() {
    }

    static Chart chart(List<PhoneFailover> phones, long origin, long lastNanos) {
        long span = Math.max(S, lastNanos - origin);
        long step = Math.max(S, (span + MAX_SAMPLES - 1) / MAX_SAMPLES / S * S);
        int samples = (int) (span / step) + 1;
        // Per state, +1 where a phone enters it and -1 where it leaves, at sample indexes; then running sums.
        long[][] diff = new long[STATES.length][samples + 1];
        for (PhoneFailover p : phones) {
            Long[] moments = {null, p.firstUnansweredNanos(), p.firstGatewayRequestNanos(), p.gatewayRegisteredNanos(),
                p.failbackNanos()};
            int current = 0;
            diff[0][0]++;
            // The state is the latest stage whose moment has passed, so it only moves up.
            List<long[]> order = new ArrayList<>();
            for (int k = 1; k < moments.length; k++) {
                if (moments[k] != null) {
                    order.add(new long[] {moments[k], k});
                }
            }
            order.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            for (long[] m : order) {
                int k = (int) m[1];
                if (k <= current) {
                    continue;
                }
                int at = (int) Math.min(samples, Math.max(0, ceilDiv(m[0] - origin, step)));
                diff[current][at]--;
                diff[k][at]++;
                current = k;
            }
        }
        double[] x = new double[samples];
        List<ChartSeries> series = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            x[i] = i * step / (double) S;
        }
        for (int s = 0; s < STATES.length; s++) {
            double[] y = new double[samples];
            long level = 0;
            for (int i = 0; i < samples; i++) {
                level += diff[s][i];
                y[i] = level;
            }
            series.add(new ChartSeries(STATES[s], x, y));
        }
        return Chart.stacked("Phones per state over time (from the wire)", "time since the first message", "phones",
                series);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
