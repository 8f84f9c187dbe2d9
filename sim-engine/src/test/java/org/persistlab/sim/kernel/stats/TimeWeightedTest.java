package org.persistlab.sim.kernel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeWeightedTest {

    @Test
    void averagesAPiecewiseConstantValueOverTime() {
        // 0 phones for 10 ns, 4 for 20 ns, 2 for 10 ns: integral 0 + 80 + 20 = 100 over 40 ns.
        TimeWeighted phones = new TimeWeighted(100, 0);
        phones.update(110, 4);
        phones.update(130, 2);
        assertThat(phones.integral(140)).isEqualTo(100.0);
        assertThat(phones.mean(140)).isEqualTo(2.5);
        assertThat(phones.max()).isEqualTo(4.0);
        assertThat(phones.min()).isEqualTo(0.0);
        assertThat(phones.current()).isEqualTo(2.0);
        phones.add(140, -2);
        assertThat(phones.current()).isZero();
        assertThat(phones.mean(100 + 80)).isEqualTo(100.0 / 80);
    }

    @Test
    void anEmptyIntervalAveragesToTheCurrentValue() {
        assertThat(new TimeWeighted(5, 3).mean(5)).isEqualTo(3.0);
    }

    @Test
    void timeCannotGoBack() {
        TimeWeighted t = new TimeWeighted(0, 1);
        t.update(50, 2);
        assertThatThrownBy(() -> t.update(49, 3)).hasMessageContaining("49 ns").hasMessageContaining("50 ns");
        assertThatThrownBy(() -> t.mean(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
