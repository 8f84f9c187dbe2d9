package org.persistlab.analyzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecondCounterTest {
    private static final long S = SecondCounter.NANOS_PER_SECOND;

    @Test
    void bucketsAreWholeSecondsAndGapsAreZero() {
        SecondCounter c = new SecondCounter(100);
        c.add(10 * S + 1);
        c.add(10 * S + S - 1);
        c.add(13 * S);
        PerSecondSeries s = c.series(10, 14);
        assertThat(s.startNanos()).isEqualTo(10 * S);
        assertThat(s.counts()).containsExactly(2L, 0L, 0L, 1L, 0L);
        assertThat(s.peak()).isEqualTo(2);
    }

    @Test
    void anEarlierEventGrowsTheSeriesBackwards() {
        SecondCounter c = new SecondCounter(100);
        c.add(50 * S);
        c.add(47 * S);
        assertThat(c.series(47, 50).counts()).containsExactly(1L, 0L, 0L, 1L);
    }

    @Test
    void negativeVirtualTimesFloorToTheSecondBelow() {
        SecondCounter c = new SecondCounter(100);
        c.add(-1);
        assertThat(SecondCounter.secondOf(-1)).isEqualTo(-1);
        assertThat(c.count(-1)).isEqualTo(1);
    }

    @Test
    void anAbsurdTimestampIsCountedOutOfRangeInsteadOfAllocatingYears() {
        SecondCounter c = new SecondCounter(1000);
        c.add(1_700_000_000L * S);
        c.add(0);
        assertThat(c.outOfRange()).isEqualTo(1);
        PerSecondSeries s = c.series(0, 1_700_000_000L);
        assertThat(s.truncated()).isTrue();
        assertThat(s.counts()).hasSize(1000);
    }
}
