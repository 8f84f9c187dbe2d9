package org.persistlab.sim.kernel.random;

/**
 * The shape of a random quantity, kept apart from the randomness: a draw takes the stream to draw from,
 * so one distribution (say the scenario's call holding time) serves every phone, each with its own
 * stream. Every implementation here draws exactly one uniform per sample, by inversion, which keeps
 * two what-if variants in step for common random numbers. Floating-point functions come from
 * {@link StrictMath}, so the same seed gives the same draws on every JVM and CPU.
 *
 * <p>Durations are distributions over nanoseconds; {@link #sampleNanos(RandomStream)} turns a draw into
 * a delay.
 */
public interface Distribution {

    /** One draw, using exactly one uniform from {@code rng}. */
    double sample(RandomStream rng);

    double mean();

    double variance();

    default double standardDeviation() {
        return StrictMath.sqrt(variance());
    }

    /**
     * One draw as a delay in nanoseconds: rounded to the nearest nanosecond; a negative draw (a normal's
     * left tail) becomes 0, since a delay cannot be negative, and a draw beyond {@code Long.MAX_VALUE}
     * becomes {@code Long.MAX_VALUE}.
     */
    default long sampleNanos(RandomStream rng) {
        double x = sample(rng);
        return x > 0 ? Math.round(x) : 0L;
    }
}
