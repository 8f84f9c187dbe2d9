package org.persistlab.sim.kernel.random;

/** Exponential with the given mean (rate 1 / mean), drawn by inversion. */
public record Exponential(double mean) implements Distribution {
    public Exponential {
        if (!(mean > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("exponential mean " + mean + " is not positive and finite");
        }
    }

    @Override
    public double sample(RandomStream rng) {
        return -mean * StrictMath.log1p(-rng.nextDouble());
    }

    @Override
    public double variance() {
        return mean * mean;
    }
}
