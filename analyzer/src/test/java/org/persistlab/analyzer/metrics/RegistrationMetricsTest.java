package org.persistlab.analyzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.persistlab.analyzer.track.Sip.MS;
import static org.persistlab.analyzer.track.Sip.S;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.analyzer.report.AnalysisReport;
import org.persistlab.analyzer.report.WireAnalysis;
import org.persistlab.analyzer.track.Sip;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.WireEvent;

/**
 * Four registrations, every expected number worked out by hand below. Times are epoch nanoseconds:
 * T0 is a quarter second past a whole second, so the series must start at that whole second.
 */
class RegistrationMetricsTest {
    private static final long SECOND0 = 1_700_000_000L;
    private static final long T0 = SECOND0 * S + 250 * MS;
    private static final String R1 = "192.0.2.1:5060";
    private static final String R2 = "192.0.2.2:5060";

    private static AnalysisReport analyse() {
        Sip.Script w = new Sip.Script();
        // A: 401 challenge round inside the attempt; RRD = 45 ms
        SipMessage a1 = Sip.register("201@example.com", "z9hG4bK-a1", "ra", 1, "10.0.0.1:5060");
        w.send(T0, "10.0.0.1:5060", R1, a1);
        w.send(T0 + 12 * MS, R1, "10.0.0.1:5060", Sip.response(a1, 401, "s"));
        SipMessage a2 = Sip.register("201@example.com", "z9hG4bK-a2", "ra", 2, "10.0.0.1:5060");
        w.send(T0 + 30 * MS, "10.0.0.1:5060", R1, a2);
        w.send(T0 + 45 * MS, R1, "10.0.0.1:5060", Sip.response(a2, 200, "s"));
        // B: 403, a failed attempt
        SipMessage b = Sip.register("202@example.com", "z9hG4bK-b1", "rb", 1, "10.0.0.2:5060");
        w.send(T0 + 1200 * MS, "10.0.0.2:5060", R1, b);
        w.send(T0 + 1210 * MS, R1, "10.0.0.2:5060", Sip.response(b, 403, "s"));
        // C: 11 transmissions (Timer E), no answer: fails at Timer F, 32 s after the last one
        SipMessage c = Sip.register("203@example.com", "z9hG4bK-c1", "rc", 1, "10.0.0.3:5060");
        for (long ms : new long[] {0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500}) {
            w.send(T0 + (2000 + ms) * MS, "10.0.0.3:5060", R1, c);
        }
        // D, at another registrar: challenge, credentialed REGISTER retransmitted once; RRD = 150 ms
        SipMessage d1 = Sip.register("204@example.com", "z9hG4bK-d1", "rd", 1, "10.0.0.4:5060");
        w.send(T0 + 3600 * MS, "10.0.0.4:5060", R2, d1);
        w.send(T0 + 3610 * MS, R2, "10.0.0.4:5060", Sip.response(d1, 401, "s"));
        SipMessage d2 = Sip.register("204@example.com", "z9hG4bK-d2", "rd", 2, "10.0.0.4:5060");
        w.send(T0 + 3630 * MS, "10.0.0.4:5060", R2, d2);
        w.send(T0 + 3700 * MS, "10.0.0.4:5060", R2, d2);
        w.send(T0 + 3750 * MS, R2, "10.0.0.4:5060", Sip.response(d2, 200, "s"));
        // a last message at +70 s: capture time passes C's Timer F (33.5 s + 32 s = 65.5 s) before the end
        w.send(T0 + 70 * S, "10.0.0.9:5060", R1, Sip.request("OPTIONS").branch("z9hG4bK-o").build());
        List<WireEvent> events = new ArrayList<>(w.events());
        Collections.sort(events, (x, y) -> Long.compare(x.timeNanos(), y.timeNanos()));
        WireAnalysis analysis = new WireAnalysis(AnalysisOptions.defaults());
        events.forEach(analysis::accept);
        return analysis.finish();
    }

    @Test
    void attemptsOutcomesAndIra() {
        RegistrationSummary r = analyse().registrations();
        assertThat(r.attempts()).isEqualTo(4);
        assertThat(r.succeeded()).isEqualTo(2);
        assertThat(r.failed()).isEqualTo(2);
        assertThat(r.challenges()).isEqualTo(2);
        // 2 failed (403, Timer F) of 4 attempts
        assertThat(r.iraPct()).isEqualTo(50.0);
    }

    @Test
    void rrdStartsAtTheFirstRegisterAndIncludesTheChallenge() {
        DelayStats rrd = analyse().registrations().rrd();
        assertThat(rrd.count()).isEqualTo(2);
        // nearest rank over {45, 150}: p50 is the 1st sample, p90 and p99 the 2nd
        assertThat(rrd.p50()).isCloseTo(45.0, within(0.045));
        assertThat(rrd.p90()).isEqualTo(150.0);
        assertThat(rrd.p99()).isEqualTo(150.0);
        assertThat(rrd.max()).isEqualTo(150.0);
    }

    @Test
    void amplificationIsRegisterMessagesPerAddressOfRecord() {
        RegistrationSummary r = analyse().registrations();
        // A 2 + B 1 + C 11 + D 3 = 17 REGISTER messages from 4 AoRs
        assertThat(r.registerMessages()).isEqualTo(17);
        assertThat(r.addressesOfRecord()).isEqualTo(4);
        assertThat(r.amplification()).isEqualTo(4.25);
    }

    @Test
    void perRegistrarSeriesAreAlignedToTheFirstEventsSecondWithEmptySecondsAsZero() {
        RegistrationSummary r = analyse().registrations();
        assertThat(r.registrars()).extracting(RegistrarLoad::registrar).containsExactly(R1, R2);
        PerSecondSeries s1 = r.registrars().get(0).perSecond();
        assertThat(s1.startNanos()).isEqualTo(SECOND0 * S);
        // the first event at +0.25 s and the last at +70.25 s: seconds 0..70
        assertThat(s1.counts()).hasSize(71);
        long[] expected = new long[71];
        expected[0] = 2; // A at .25 and .28
        expected[1] = 1; // B at 1.45
        expected[2] = 2; // C at 2.25 and 2.75
        for (int sec : new int[] {3, 5, 9, 13, 17, 21, 25, 29, 33}) {
            expected[sec] = 1; // C at 3.75, 5.75, ..., 33.75
        }
        for (int i = 0; i < 71; i++) {
            assertThat(s1.counts().get(i)).as("second %d", i).isEqualTo(expected[i]);
        }
        assertThat(r.registrars().get(0).peakPerSecond()).isEqualTo(2);
        PerSecondSeries s2 = r.registrars().get(1).perSecond();
        assertThat(s2.counts().get(3)).isEqualTo(3); // D at 3.85, 3.88, 3.95
        assertThat(s2.counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        assertThat(r.peakPerSecond()).isEqualTo(3);
        assertThat(s1.truncated()).isFalse();
    }

    @Test
    void messageCountsIncludeRetransmissions() {
        SipCounts sip = analyse().sip();
        assertThat(sip.requests()).containsExactly(java.util.Map.entry("OPTIONS", 1L),
                java.util.Map.entry("REGISTER", 17L));
        assertThat(sip.responses()).containsExactly(java.util.Map.entry("200", 2L), java.util.Map.entry("401", 2L),
                java.util.Map.entry("403", 1L));
        assertThat(sip.messages()).isEqualTo(23);
        // C's 10 and D's 1
        assertThat(sip.retransmissions()).isEqualTo(11);
    }

    @Test
    void noRegistrationLeavesEveryRatioUndefined() {
        WireAnalysis analysis = new WireAnalysis(AnalysisOptions.defaults());
        AnalysisReport r = analysis.finish();
        assertThat(r.registrations().iraPct()).isNull();
        assertThat(r.registrations().amplification()).isNull();
        assertThat(r.registrations().rrd()).isEqualTo(DelayStats.EMPTY);
        assertThat(r.calls().serPct()).isNull();
        assertThat(r.calls().isaPct()).isNull();
    }
}
