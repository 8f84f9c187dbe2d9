package org.persistlab.sim.kernel.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.persistlab.sim.kernel.SpecParseException;

class DistributionSpecTest {

    private static final double MS = 1e6;
    private static final double S = 1e9;

    @Test
    void readsEveryDocumentedForm() {
        assertThat(DistributionSpec.parseDuration("const(20ms)")).isEqualTo(new Constant(20 * MS));
        assertThat(DistributionSpec.parseDuration("uniform(10ms,30ms)")).isEqualTo(new Uniform(10 * MS, 30 * MS));
        assertThat(DistributionSpec.parseDuration("exp(180s)")).isEqualTo(new Exponential(180 * S));
        assertThat(DistributionSpec.parseDuration("exponential( 3m )")).isEqualTo(new Exponential(180 * S));
        assertThat(DistributionSpec.parseDuration("normal(20ms, 5ms)")).isEqualTo(new Normal(20 * MS, 5 * MS));
        assertThat(DistributionSpec.parseDuration("normal(sd=5ms, mean=20ms)")).isEqualTo(new Normal(20 * MS, 5 * MS));
        assertThat(DistributionSpec.parseDuration("lognormal(mean=180s,sd=60s)"))
                .isEqualTo(LogNormal.ofMeanAndSd(180 * S, 60 * S));
        assertThat(DistributionSpec.parseDuration("lognormal(mu=25.6, sigma=0.3)")).isEqualTo(new LogNormal(25.6, 0.3));
        assertThat(DistributionSpec.parseDuration("uniformFraction(0.5, 0.9, 60s)"))
                .isEqualTo(new UniformFraction(0.5, 0.9, 60 * S));
        assertThat(DistributionSpec.parseDuration("fraction(0.8,1,120s)")).isEqualTo(new UniformFraction(0.8, 1, 120 * S));

        Distribution empirical = DistributionSpec.parseDuration("empirical(1s:0.5, 2s:0.5)");
        assertThat(empirical.mean()).isCloseTo(1.5 * S, within(1e-3));
        assertThat(empirical.variance()).isCloseTo(0.25 * S * S, within(1.0));
    }

    @Test
    void readsPlainNumbersWhenAskedTo() {
        assertThat(DistributionSpec.parseNumber("uniform(-1, 2.5e1)")).isEqualTo(new Uniform(-1, 25));
        assertThat(DistributionSpec.parseNumber("empirical(1: 0.25, 3 :0.75)").mean()).isCloseTo(2.5, within(1e-12));
        assertThat(DistributionSpec.parseNumber("lognormal(mu = 1.5, sigma= 0.25)")).isEqualTo(new LogNormal(1.5, 0.25));
    }

    @Test
    void errorsPointAtTheProblem() {
        assertError("expo(1s)", 0, "unknown distribution 'expo'");
        assertError("exp(180)", 7, "missing unit");
        assertError("uniform(10ms)", 8, "takes 2 arguments, not 1");
        assertError("uniform(30ms, 10ms)", 8, "lower bound is above");
        assertError("exp(1s", 6, "missing ')'");
        assertError("exp(1s) extra", 8, "unexpected text");
        assertError("exp()", 4, "missing value");
        assertError("empirical(1s:0.5, 2s:0.4)", 10, "sum to 0.9");
        assertError("empirical(1s, 2s)", 10, "value:probability pairs");
        assertError("lognormal(180s, 60s)", 0, "lognormal(mean=.., sd=..)");
        assertError("normal(mean=20ms, 5ms)", 18, "name every argument");
        assertError("uniformFraction(0.5s, 0.9, 60s)", 16, "not a plain number (no unit here)");
        assertError("uniform(1s, 2)", 13, "missing unit after 2");
        assertError("", 0, "expected a distribution name");
        assertThatThrownBy(() -> DistributionSpec.parseNumber("exp(3s)")).hasMessageContaining("(no unit here)");
    }

    private static void assertError(String text, int offset, String message) {
        assertThatThrownBy(() -> DistributionSpec.parseDuration(text))
                .as(text)
                .isInstanceOfSatisfying(SpecParseException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.offset()).as("offset in " + text).isEqualTo(offset);
                    assertThat(e.input()).isEqualTo(text);
                });
    }
}
