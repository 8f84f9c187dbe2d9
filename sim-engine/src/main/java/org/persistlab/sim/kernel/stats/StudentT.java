package org.persistlab.sim.kernel.stats;

import org.persistlab.sim.kernel.random.NormalQuantile;

/**
 * Quantiles of Student's t distribution with an integer number of degrees of freedom, for confidence
 * intervals over replications.
 *
 * <p>Method: with theta = atan(t / sqrt(df)), P(|T| <= t) is a finite trigonometric sum (Abramowitz and
 * Stegun 26.7.3 and 26.7.4), increasing in theta on (0, pi/2). The quantile is found by bisection on
 * theta, a bounded interval, down to the last bit, then t = sqrt(df) tan(theta). Above
 * {@link #SERIES_LIMIT} degrees of freedom the sum would be long, and the Cornish-Fisher expansion
 * around the normal quantile (A and S 26.7.5, four terms) is exact to far below 1e-12 there.
 * {@link StrictMath} keeps the result the same on every JVM, so reports are reproducible byte for byte.
 */
public final class StudentT {

    /** Degrees of freedom above which the normal expansion replaces the exact sum. */
    static final int SERIES_LIMIT = 100_000;

    private StudentT() {
    }

    /**
     * The t with P(T <= t) = p for {@code df} degrees of freedom.
     *
     * @throws IllegalArgumentException unless 0 < p < 1 and df >= 1
     */
    public static double quantile(double p, long df) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability " + p + " is not strictly between 0 and 1");
        }
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom " + df + " is below 1");
        }
        if (p == 0.5) {
            return 0;
        }
        if (p < 0.5) {
            return -quantile(1 - p, df);
        }
        if (df > SERIES_LIMIT) {
            return cornishFisher(NormalQuantile.of(p), df);
        }
        double target = 2 * p - 1; // P(|T| <= t)
        double low = 0;
        double high = Math.PI / 2;
        // 200 halvings reach adjacent doubles for any theta that matters; the cap bounds the work when the
        // target is so close to 0 that theta heads into subnormal numbers.
        for (int i = 0; i < 200; i++) {
            double mid = (low + high) / 2;
            if (mid <= low || mid >= high) {
                break;
            }
            if (twoSidedProbability(mid, df) < target) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return StrictMath.sqrt(df) * StrictMath.tan((low + high) / 2);
    }

    /** The half-width factor of a two-sided confidence interval: {@code quantile((1 + level) / 2, df)}. */
    public static double twoSidedFactor(double level, long df) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level " + level + " is not strictly between 0 and 1");
        }
        return quantile((1 + level) / 2, df);
    }

    /** P(|T| <= sqrt(df) tan(theta)). */
    static double twoSidedProbability(double theta, long df) {
        double sin = StrictMath.sin(theta);
        double cos = StrictMath.cos(theta);
        double cos2 = cos * cos;
        if ((df & 1) == 1) {
            if (df == 1) {
                return 2 * theta / Math.PI;
            }
            // (2/pi) [theta + sin (cos + 2/3 cos^3 + 2*4/(3*5) cos^5 + ... up to cos^(df-2))]
            double term = cos;
            double sum = term;
            for (long k = 1; 2 * k + 1 <= df - 2; k++) {
                term *= cos2 * (2.0 * k) / (2.0 * k + 1);
                sum += term;
            }
            return 2 / Math.PI * (theta + sin * sum);
        }
        // sin [1 + 1/2 cos^2 + 1*3/(2*4) cos^4 + ... up to cos^(df-2)]
        double term = 1;
        double sum = term;
        for (long k = 1; 2 * k <= df - 2; k++) {
            term *= cos2 * (2.0 * k - 1) / (2.0 * k);
            sum += term;
        }
        return sin * sum;
    }

    private static double cornishFisher(double z, long df) {
        double z2 = z * z;
        double g1 = (z2 + 1) * z / 4;
        double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
        double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
        double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
        double v = df;
        return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
    }
}
