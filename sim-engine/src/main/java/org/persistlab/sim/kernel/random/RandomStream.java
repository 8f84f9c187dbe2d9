package org.persistlab.sim.kernel.random;

import java.util.Arrays;

/**
 * One MRG32k3a stream: a sequence of uniforms in (0, 1), split into substreams 2^76 draws apart. Get
 * one from {@link RandomStreams}; its position in the generator's cycle depends only on the master
 * seed and the stream's key, never on what else was created before it.
 *
 * <p>A stream is not thread-safe: give each entity, and each replication, its own.
 */
public final class RandomStream {

    private final long[] streamStart;
    private final long[] substreamStart;
    private long s10;
    private long s11;
    private long s12;
    private long s20;
    private long s21;
    private long s22;

    /** A stream whose first substream starts at {@code seed} (validated by {@link Mrg32k3a#validateSeed}). */
    public RandomStream(long[] seed) {
        this(seed, seed);
    }

    /** A stream that starts at {@code streamStart} and is now at the substream starting at {@code substreamStart}. */
    RandomStream(long[] streamStart, long[] substreamStart) {
        Mrg32k3a.validateSeed(streamStart);
        Mrg32k3a.validateSeed(substreamStart);
        this.streamStart = streamStart.clone();
        this.substreamStart = substreamStart.clone();
        resetStartSubstream();
    }

    /** The next uniform, strictly between 0 and 1, with 2^-32 resolution. */
    public double nextDouble() {
        long p1 = (Mrg32k3a.A12 * s11 - Mrg32k3a.A13N * s10) % Mrg32k3a.M1;
        if (p1 < 0) {
            p1 += Mrg32k3a.M1;
        }
        s10 = s11;
        s11 = s12;
        s12 = p1;
        long p2 = (Mrg32k3a.A21 * s22 - Mrg32k3a.A23N * s20) % Mrg32k3a.M2;
        if (p2 < 0) {
            p2 += Mrg32k3a.M2;
        }
        s20 = s21;
        s21 = s22;
        s22 = p2;
        return p1 > p2 ? (p1 - p2) * Mrg32k3a.NORM : (p1 - p2 + Mrg32k3a.M1) * Mrg32k3a.NORM;
    }

    /** A uniform integer from {@code low} to {@code high} inclusive, from one uniform (as SSJ and RngStreams). */
    public int nextInt(int low, int high) {
        if (low > high) {
            throw new IllegalArgumentException("empty range " + low + " to " + high);
        }
        return low + (int) (nextDouble() * (high - (double) low + 1.0));
    }

    /** Back to the first draw of the stream (its substream 0). */
    public void resetStartStream() {
        System.arraycopy(streamStart, 0, substreamStart, 0, 6);
        resetStartSubstream();
    }

    /** Back to the first draw of the current substream. */
    public void resetStartSubstream() {
        s10 = substreamStart[0];
        s11 = substreamStart[1];
        s12 = substreamStart[2];
        s20 = substreamStart[3];
        s21 = substreamStart[4];
        s22 = substreamStart[5];
    }

    /** On to the first draw of the next substream (2^76 draws after the current substream's start). */
    public void resetNextSubstream() {
        Mrg32k3a.nextSubstream(substreamStart);
        resetStartSubstream();
    }

    /** The six words of the current state, a copy. */
    public long[] state() {
        return new long[] {s10, s11, s12, s20, s21, s22};
    }

    @Override
    public String toString() {
        return "RandomStream" + Arrays.toString(state());
    }
}
