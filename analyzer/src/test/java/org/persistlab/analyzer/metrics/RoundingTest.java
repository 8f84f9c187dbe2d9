package org.persistlab.analyzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundingTest {
    @Test
    void millisecondsRoundHalfUpToThreeDecimals() {
        assertThat(Rounding.millis(1_234_500L)).isEqualTo(1.235);
        assertThat(Rounding.millis(1_234_499L)).isEqualTo(1.234);
        assertThat(Rounding.millis(32_080_000_000L)).isEqualTo(32080.0);
    }

    @Test
    void aZeroDenominatorIsUndefinedNotZeroOrHundred() {
        assertThat(Rounding.percent(0, 0)).isNull();
        assertThat(Rounding.ratio(5, 0)).isNull();
        assertThat(Rounding.percent(1, 3)).isEqualTo(33.333);
        assertThat(Rounding.percent(2, 3)).isEqualTo(66.667);
        assertThat(Rounding.percent(0, 4)).isEqualTo(0.0);
    }
}
