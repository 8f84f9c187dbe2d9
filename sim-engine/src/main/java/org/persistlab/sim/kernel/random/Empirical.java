package org.persistlab.sim.kernel.random;

import java.util.Arrays;
import java.util.Objects;

/**
 * A discrete distribution over a table of values, drawn by inversion: the values are sorted, so a
 * larger uniform always gives a larger (or equal) value, which keeps common random numbers aligned
 * between variants. Build it from a table of values and probabilities, or from observed samples (each
 * observation equally likely).
 */
public final class Empirical implements Distribution {

    /** How far the table's probabilities may sum from 1 before it is refused as a typing error. */
    public static final double PROBABILITY_SUM_TOLERANCE = 1e-6;

    private final double[] values;
    private final double[] cumulative;
    private final double mean;
    private final double variance;

    private Empirical(double[] sortedValues, double[] probabilities) {
        this.values = sortedValues;
        this.cumulative = new double[sortedValues.length];
        double sum = 0;
        double m = 0;
        for (int i = 0; i < sortedValues.length; i++) {
            sum += probabilities[i];
            cumulative[i] = sum;
            m += probabilities[i] * sortedValues[i];
        }
        cumulative[cumulative.length - 1] = 1.0; // rounding must not leave a gap above the last value
        double v = 0;
        for (int i = 0; i < sortedValues.length; i++) {
            double d = sortedValues[i] - m;
            v += probabilities[i] * d * d;
        }
        this.mean = m;
        this.variance = v;
    }

    /**
     * From a table: {@code values[i]} has probability {@code probabilities[i]}. The probabilities must be
     * non-negative and sum to 1 within {@link #PROBABILITY_SUM_TOLERANCE}; they are then scaled to sum
     * to exactly 1.
     */
    public static Empirical ofTable(double[] values, double[] probabilities) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(probabilities, "probabilities");
        if (values.length == 0 || values.length != probabilities.length) {
            throw new IllegalArgumentException("an empirical table needs as many probabilities as values, and at least one ("
                    + values.length + " values, " + probabilities.length + " probabilities)");
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " (" + values[i] + ") is not finite");
            }
            if (!(probabilities[i] >= 0) || !Double.isFinite(probabilities[i])) {
                throw new IllegalArgumentException("probability " + i + " (" + probabilities[i] + ") is not a non-negative number");
            }
            sum += probabilities[i];
        }
        if (Math.abs(sum - 1.0) > PROBABILITY_SUM_TOLERANCE) {
            throw new IllegalArgumentException("the probabilities sum to " + sum + ", not 1");
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b])); // stable: equal values keep table order
        double[] sortedValues = new double[values.length];
        double[] sortedProbabilities = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            sortedValues[i] = values[order[i]];
            sortedProbabilities[i] = probabilities[order[i]] / sum;
        }
        return new Empirical(sortedValues, sortedProbabilities);
    }

    /** From observations, each equally likely. */
    public static Empirical ofSamples(double[] observations) {
        Objects.requireNonNull(observations, "observations");
        if (observations.length == 0) {
            throw new IllegalArgumentException("no observations");
        }
        double[] probabilities = new double[observations.length];
        Arrays.fill(probabilities, 1.0 / observations.length);
        return ofTable(observations, probabilities);
    }

    @Override
    public double sample(RandomStream rng) {
        double u = rng.nextDouble();
        // The first value whose cumulative probability exceeds u; zero-probability values are never chosen.
        int low = 0;
        int high = cumulative.length - 1; // cumulative[last] = 1 > u always
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > u) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return values[low];
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return variance;
    }

    /** The distinct table entries, sorted by value, as "value:probability" pairs. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Empirical[");
        double previous = 0;
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(values[i]).append(':').append(cumulative[i] - previous);
            previous = cumulative[i];
        }
        return out.append(']').toString();
    }
}
