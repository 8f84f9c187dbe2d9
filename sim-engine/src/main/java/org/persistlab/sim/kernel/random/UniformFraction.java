package org.persistlab.sim.kernel.random;

/**
 * A uniformly random fraction of a value: {@code value x U(low, high)}, the J100's
 * {@code U(0.5, 0.9) x RECOVERYREGISTERWAIT} retry delay or a keep-alive sent at a random 80 to 100 %
 * of its period.
 */
public record UniformFraction(double low, double high, double value) implements Distribution {
    public UniformFraction {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low < 0 || low > high) {
            throw new IllegalArgumentException("fraction bounds " + low + " to " + high + " are not a range of non-negative numbers");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value " + value + " is not finite");
        }
    }

    @Override
    public double sample(RandomStream rng) {
        return value * (low + (high - low) * rng.nextDouble());
    }

    @Override
    public double mean() {
        return value * (low + high) / 2;
    }

    @Override
    public double variance() {
        double width = value * (high - low);
        return width * width / 12;
    }
}
