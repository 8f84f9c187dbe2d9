package org.persistlab.sim.kernel.random;

/** Uniform on [low, high]. */
public record Uniform(double low, double high) implements Distribution {
    public Uniform {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("uniform bounds " + low + " to " + high + " are not a finite range");
        }
    }

    @Override
    public double sample(RandomStream rng) {
        return low + (high - low) * rng.nextDouble();
    }

    @Override
    public double mean() {
        return (low + high) / 2;
    }

    @Override
    public double variance() {
        double width = high - low;
        return width * width / 12;
    }
}
