package org.persistlab.sim.kernel.random;

/** Normal with mean {@code mean} and standard deviation {@code sd}, drawn by inversion (AS 241). */
public record Normal(double mean, double sd) implements Distribution {
    public Normal {
        if (!Double.isFinite(mean) || !Double.isFinite(sd) || sd < 0) {
            throw new IllegalArgumentException("normal(" + mean + ", " + sd + ") needs a finite mean and a non-negative sd");
        }
    }

    @Override
    public double sample(RandomStream rng) {
        return mean + sd * NormalQuantile.of(rng.nextDouble());
    }

    @Override
    public double variance() {
        return sd * sd;
    }
}
