package org.persistlab.sim.kernel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * Oracles: the closed forms of the t quantile for 1, 2 and 4 degrees of freedom, and printed tables
 * (t(0.975, 9) = 2.262157, t(0.975, 30) = 2.042272, t(0.995, 10) = 3.169273), and the normal quantile
 * as the degrees of freedom grow.
 */
class StudentTTest {

    @Test
    void matchesTextbookTables() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706, within(5e-4));
        assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.262157, within(1e-6));
        assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.042272, within(1e-6));
        assertThat(StudentT.quantile(0.995, 10)).isCloseTo(3.169273, within(1e-6));
        assertThat(StudentT.quantile(0.95, 5)).isCloseTo(2.015048, within(1e-6));
        assertThat(StudentT.twoSidedFactor(0.95, 9)).isCloseTo(2.262157, within(1e-6));
    }

    @Property(tries = 200)
    void matchesTheClosedFormsForOneTwoAndFourDegreesOfFreedom(@ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double p) {
        // df = 1 (Cauchy): tan(pi (p - 1/2)).
        assertThat(StudentT.quantile(p, 1)).isCloseTo(Math.tan(Math.PI * (p - 0.5)), within(1e-9));
        // df = 2: (2p - 1) / sqrt(2 p (1 - p)).
        assertThat(StudentT.quantile(p, 2)).isCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), within(1e-9));
        // df = 4: with a = 4 p (1 - p), q = cos(acos(sqrt(a)) / 3) / sqrt(a), t = sign(p - 1/2) 2 sqrt(q - 1).
        double a = 4 * p * (1 - p);
        double q = Math.cos(Math.acos(Math.sqrt(a)) / 3) / Math.sqrt(a);
        assertThat(StudentT.quantile(p, 4)).isCloseTo(Math.signum(p - 0.5) * 2 * Math.sqrt(q - 1), within(1e-9));
    }

    @Test
    void approachesTheNormalQuantileAndJoinsTheExpansionSmoothly() {
        assertThat(StudentT.quantile(0.975, 1_000_000)).isCloseTo(1.959963984540054, within(3e-6));
        double exact = StudentT.quantile(0.975, StudentT.SERIES_LIMIT);
        double expansion = StudentT.quantile(0.975, StudentT.SERIES_LIMIT + 1);
        assertThat(exact - expansion).isBetween(0.0, 1e-9);
    }

    @Test
    void isAntisymmetric() {
        assertThat(StudentT.quantile(0.025, 9)).isEqualTo(-StudentT.quantile(0.975, 9));
        assertThat(StudentT.quantile(0.5, 3)).isZero();
    }

    @Test
    void refusesMeaninglessArguments() {
        assertThatThrownBy(() -> StudentT.quantile(1.0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0.9, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.twoSidedFactor(1.5, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
