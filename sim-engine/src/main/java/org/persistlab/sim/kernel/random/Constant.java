package org.persistlab.sim.kernel.random;

/** Always {@code value}. Still consumes one uniform per draw, so swapping it for a random shape in a
 * what-if variant does not shift the stream for the draws that follow. */
public record Constant(double value) implements Distribution {
    public Constant {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("constant " + value + " is not finite");
        }
    }

    @Override
    public double sample(RandomStream rng) {
        rng.nextDouble();
        return value;
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double variance() {
        return 0;
    }
}
