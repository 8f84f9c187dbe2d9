package org.persistlab.sim.kernel.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Each distribution's sample mean and variance against theory, with theory written out here from
 * textbook formulas (not taken from the classes' own {@code mean()} and {@code variance()}, which are
 * checked against the same formulas).
 *
 * <p>Tolerance: N = 200,000 draws from a fixed stream; the sample mean must lie within 5 standard
 * errors sigma / sqrt(N) of the true mean, and the sample variance within 5 standard errors
 * sqrt((mu4 - sigma^4) / N) of the true variance, mu4 being the fourth central moment. For a correct
 * generator a 5-SE miss has probability below 1e-6; a wrong scale, shift or shape misses by far more.
 */
class DistributionTest {

    private static final int N = 200_000;
    private static final double Z = 5.0;

    private static void assertMoments(Distribution d, double mean, double variance, double mu4, long key) {
        assertThat(d.mean()).as("mean()").isCloseTo(mean, within(1e-9 * Math.max(1, Math.abs(mean))));
        assertThat(d.variance()).as("variance()").isCloseTo(variance, within(1e-9 * Math.max(1, variance)));

        RandomStream rng = new RandomStreams(20260101L).stream(key);
        double[] x = new double[N];
        double sum = 0;
        for (int i = 0; i < N; i++) {
            x[i] = d.sample(rng);
            sum += x[i];
        }
        double sampleMean = sum / N;
        double squares = 0;
        for (double v : x) {
            squares += (v - sampleMean) * (v - sampleMean);
        }
        double sampleVariance = squares / (N - 1);

        double meanError = Math.sqrt(variance / N);
        double varianceError = Math.sqrt((mu4 - variance * variance) / N);
        assertThat(sampleMean).as("sample mean of " + d).isCloseTo(mean, within(Z * meanError));
        assertThat(sampleVariance).as("sample variance of " + d).isCloseTo(variance, within(Z * varianceError));
    }

    @Test
    void uniform() {
        double a = 10e6;
        double b = 30e6;
        double w = b - a;
        assertMoments(new Uniform(a, b), (a + b) / 2, w * w / 12, Math.pow(w, 4) / 80, 1);
    }

    @Test
    void uniformFractionOfAValue() {
        // U(0.5, 0.9) x RECOVERYREGISTERWAIT of 60 s: uniform on 30 s to 54 s.
        double wait = 60e9;
        double w = 0.4 * wait;
        UniformFraction d = new UniformFraction(0.5, 0.9, wait);
        assertMoments(d, 0.7 * wait, w * w / 12, Math.pow(w, 4) / 80, 2);
        RandomStream rng = new RandomStreams(3).stream(3);
        for (int i = 0; i < 10_000; i++) {
            assertThat(d.sampleNanos(rng)).isBetween(30_000_000_000L, 54_000_000_000L);
        }
    }

    @Test
    void exponential() {
        double m = 180e9;
        assertMoments(new Exponential(m), m, m * m, 9 * Math.pow(m, 4), 3);
    }

    @Test
    void normal() {
        double mu = 20e6;
        double sigma = 5e6;
        assertMoments(new Normal(mu, sigma), mu, sigma * sigma, 3 * Math.pow(sigma, 4), 4);
    }

    @Test
    void lognormalByItsUnderlyingNormal() {
        double mu = 1.0;
        double s = 0.4;
        double[] raw = new double[5];
        for (int k = 1; k <= 4; k++) {
            raw[k] = Math.exp(k * mu + k * k * s * s / 2); // E[X^k]
        }
        double m = raw[1];
        double variance = raw[2] - m * m;
        double mu4 = raw[4] - 4 * raw[3] * m + 6 * raw[2] * m * m - 3 * Math.pow(m, 4);
        assertMoments(new LogNormal(mu, s), m, variance, mu4, 5);
    }

    @Test
    void lognormalFromTheDesiredMeanAndSd() {
        LogNormal d = LogNormal.ofMeanAndSd(180, 60);
        // sigma^2 = ln(1 + (60/180)^2), mu = ln(180) - sigma^2 / 2
        assertThat(d.sigma()).isCloseTo(Math.sqrt(Math.log(1 + 1.0 / 9)), within(1e-12));
        assertThat(d.mu()).isCloseTo(Math.log(180) - Math.log(1 + 1.0 / 9) / 2, within(1e-12));
        double s2 = d.sigma() * d.sigma();
        double mu4 = Math.exp(4 * d.mu() + 8 * s2) - 4 * Math.exp(3 * d.mu() + 4.5 * s2) * 180
                + 6 * Math.exp(2 * d.mu() + 2 * s2) * 180 * 180 - 3 * Math.pow(180, 4);
        assertMoments(d, 180, 3600, mu4, 6);
    }

    @Test
    void empiricalFromATable() {
        double[] values = {3, 1, 2};
        double[] p = {0.3, 0.2, 0.5};
        double mean = 3 * 0.3 + 1 * 0.2 + 2 * 0.5; // 2.1
        double variance = 0.3 * Math.pow(3 - mean, 2) + 0.2 * Math.pow(1 - mean, 2) + 0.5 * Math.pow(2 - mean, 2);
        double mu4 = 0.3 * Math.pow(3 - mean, 4) + 0.2 * Math.pow(1 - mean, 4) + 0.5 * Math.pow(2 - mean, 4);
        Empirical d = Empirical.ofTable(values, p);
        assertMoments(d, mean, variance, mu4, 7);

        // Each value's frequency within 5 binomial standard errors of its probability.
        RandomStream rng = new RandomStreams(8).stream(8);
        int[] counts = new int[4];
        for (int i = 0; i < N; i++) {
            counts[(int) d.sample(rng)]++;
        }
        for (int v = 1; v <= 3; v++) {
            double prob = v == 1 ? 0.2 : v == 2 ? 0.5 : 0.3;
            assertThat((double) counts[v] / N).isCloseTo(prob, within(Z * Math.sqrt(prob * (1 - prob) / N)));
        }
    }

    @Test
    void empiricalNeverPicksAZeroProbabilityValue() {
        Empirical d = Empirical.ofTable(new double[] {1, 2, 3}, new double[] {0.5, 0, 0.5});
        RandomStream rng = new RandomStreams(9).stream(9);
        for (int i = 0; i < 20_000; i++) {
            assertThat(d.sample(rng)).isNotEqualTo(2.0);
        }
    }

    @Test
    void empiricalFromObservationsWeighsEachEqually() {
        Empirical d = Empirical.ofSamples(new double[] {4, 8, 8, 20});
        assertThat(d.mean()).isEqualTo(10.0);
        assertThat(d.variance()).isCloseTo((36 + 4 + 4 + 100) / 4.0, within(1e-12));
        assertMoments(d, 10, 36, (1296 + 16 + 16 + 10000) / 4.0, 10);
    }

    @Test
    void empiricalRejectsBadTables() {
        assertThatThrownBy(() -> Empirical.ofTable(new double[] {1, 2}, new double[] {0.5, 0.4}))
                .hasMessageContaining("sum to 0.9");
        assertThatThrownBy(() -> Empirical.ofTable(new double[] {1}, new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Empirical.ofTable(new double[] {1, 2}, new double[] {1.5, -0.5}))
                .hasMessageContaining("probability 1");
        assertThatThrownBy(() -> Empirical.ofSamples(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constantStillConsumesOneUniform() {
        RandomStream a = new RandomStreams(1).stream(1);
        RandomStream b = new RandomStreams(1).stream(1);
        assertThat(new Constant(5).sample(a)).isEqualTo(5.0);
        b.nextDouble();
        assertThat(a.nextDouble()).isEqualTo(b.nextDouble());
        assertThat(new Constant(5).variance()).isZero();
    }

    @Test
    void sampleNanosRoundsAndClampsNegativeDrawsToZero() {
        RandomStream rng = new RandomStreams(2).stream(2);
        assertThat(new Constant(1.6).sampleNanos(rng)).isEqualTo(2);
        assertThat(new Constant(-5).sampleNanos(rng)).isZero();
        Normal wide = new Normal(0, 1e6);
        int zeros = 0;
        for (int i = 0; i < 1_000; i++) {
            long draw = wide.sampleNanos(rng);
            assertThat(draw).isNotNegative();
            zeros += draw == 0 ? 1 : 0;
        }
        assertThat(zeros).isBetween(400, 600);
    }

    @Test
    void invalidParametersAreRefused() {
        assertThatThrownBy(() -> new Uniform(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exponential(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Normal(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogNormal(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogNormal.ofMeanAndSd(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UniformFraction(0.9, 0.5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Constant(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalQuantileMatchesTabulatedValues() {
        // Phi^-1 of textbook probabilities, and Phi(z) for whole z taken from tables of the normal integral.
        assertThat(NormalQuantile.of(0.5)).isZero();
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959963984540054, within(1e-14));
        assertThat(NormalQuantile.of(0.8413447460685429)).isCloseTo(1.0, within(1e-12));
        assertThat(NormalQuantile.of(0.0013498980316300946)).isCloseTo(-3.0, within(1e-10));
        assertThat(NormalQuantile.of(2.866515718791939e-7)).isCloseTo(-5.0, within(1e-9));
        assertThat(NormalQuantile.of(6.220960574271785e-16)).isCloseTo(-8.0, within(1e-8));
        assertThat(NormalQuantile.of(1 - 0.0013498980316300946)).isCloseTo(3.0, within(1e-10));
        assertThatThrownBy(() -> NormalQuantile.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NormalQuantile.of(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalQuantileCoefficientsMatchWichurasTranscriptionChecksums() {
        // AS 241 prints, for each pair of coefficient sets, the sum of the coefficients' mantissas.
        // Each denominator array starts with the constant 1, which is not a coefficient: hence the "- 1".
        assertThat(mantissaSum(NormalQuantile.A) + mantissaSum(NormalQuantile.B) - 1)
                .isCloseTo(55.8831928806149014439, within(1e-12));
        assertThat(mantissaSum(NormalQuantile.C) + mantissaSum(NormalQuantile.D) - 1)
                .isCloseTo(49.33206503301610289036, within(1e-12));
        assertThat(mantissaSum(NormalQuantile.E) + mantissaSum(NormalQuantile.F) - 1)
                .isCloseTo(47.52583317549289671629, within(1e-12));
    }

    /** Sum of c / 10^floor(log10 c). */
    private static double mantissaSum(double[] coefficients) {
        double sum = 0;
        for (double c : coefficients) {
            sum += c / Math.pow(10, Math.floor(Math.log10(c)));
        }
        return sum;
    }
}
