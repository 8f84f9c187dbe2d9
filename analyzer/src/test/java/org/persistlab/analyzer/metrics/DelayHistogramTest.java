package org.persistlab.analyzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DelayHistogramTest {
    @Test
    void emptyGivesNullsAndZeroCount() {
        assertThat(new DelayHistogram().stats()).isEqualTo(new DelayStats(0, null, null, null, null));
    }

    @Test
    void aSingleSampleReadsExactlyInEveryColumn() {
        DelayHistogram h = new DelayHistogram();
        h.record(123_456_789L);
        assertThat(h.stats()).isEqualTo(new DelayStats(1, 123.457, 123.457, 123.457, 123.457));
    }

    @Test
    void percentilesAreNearestRankWithinThreeSignificantDigits() {
        DelayHistogram h = new DelayHistogram();
        for (int ms = 1; ms <= 10; ms++) {
            h.record(ms * 1_000_000L);
        }
        DelayStats s = h.stats();
        // nearest rank over 1..10 ms: p50 = 5th, p90 = 9th, p99 = 10th
        assertThat(s.p50()).isCloseTo(5.0, within(0.005));
        assertThat(s.p90()).isCloseTo(9.0, within(0.009));
        assertThat(s.p99()).isEqualTo(10.0);
        assertThat(s.max()).isEqualTo(10.0);
        assertThat(s.count()).isEqualTo(10);
    }

    @Test
    void aNegativeDelayFromCaptureSkewIsRecordedAsZero() {
        DelayHistogram h = new DelayHistogram();
        h.record(-3_000);
        assertThat(h.stats()).isEqualTo(new DelayStats(1, 0.0, 0.0, 0.0, 0.0));
    }
}
