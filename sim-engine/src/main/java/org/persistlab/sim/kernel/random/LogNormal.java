package org.persistlab.sim.kernel.random;

/**
 * Lognormal: {@code exp(N(mu, sigma))}, where {@code mu} and {@code sigma} are the mean and standard
 * deviation of the underlying normal. {@link #ofMeanAndSd(double, double)} builds one from the mean and
 * standard deviation the draws themselves should have.
 */
public record LogNormal(double mu, double sigma) implements Distribution {
    public LogNormal {
        if (!Double.isFinite(mu) || !Double.isFinite(sigma) || sigma < 0) {
            throw new IllegalArgumentException("lognormal(mu " + mu + ", sigma " + sigma + ") needs a finite mu and a non-negative sigma");
        }
    }

    /**
     * The lognormal whose draws have mean {@code mean} and standard deviation {@code sd}:
     * sigma^2 = ln(1 + sd^2 / mean^2) and mu = ln(mean) - sigma^2 / 2.
     */
    public static LogNormal ofMeanAndSd(double mean, double sd) {
        if (!(mean > 0) || !Double.isFinite(mean) || !(sd >= 0) || !Double.isFinite(sd)) {
            throw new IllegalArgumentException("lognormal mean " + mean + " and sd " + sd + " need a positive mean and a non-negative sd");
        }
        double ratio = sd / mean;
        double sigmaSquared = StrictMath.log1p(ratio * ratio);
        return new LogNormal(StrictMath.log(mean) - sigmaSquared / 2, StrictMath.sqrt(sigmaSquared));
    }

    @Override
    public double sample(RandomStream rng) {
        return StrictMath.exp(mu + sigma * NormalQuantile.of(rng.nextDouble()));
    }

    @Override
    public double mean() {
        return StrictMath.exp(mu + sigma * sigma / 2);
    }

    @Override
    public double variance() {
        double s2 = sigma * sigma;
        return StrictMath.expm1(s2) * StrictMath.exp(2 * mu + s2);
    }
}
