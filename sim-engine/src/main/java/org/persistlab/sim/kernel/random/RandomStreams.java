package org.persistlab.sim.kernel.random;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where every random number of a run comes from: one master seed, and one MRG32k3a stream per key.
 *
 * <p>Stream {@code k} starts {@code k * 2^127} draws after the base seed, reached by jumping (see
 * {@link Mrg32k3a}), so a stream depends only on the master seed and its key: creation order does not
 * matter, and adding a phone does not change the numbers any other phone draws. Name streams with a
 * stable key, {@link #stream(long)} for an index or {@link #stream(String)} for a name such as
 * {@code "phone-17/options"}; the name is hashed to 64 bits with {@link #keyOf(String)}. Two of
 * {@code n} names share a stream with probability about n^2 / 2^65 (for a million names, 3e-8); small
 * index keys and hashed names meet only if a hash lands below the largest index, which is as unlikely.
 *
 * <p>Replications and common random numbers. {@link #forReplication(long)} returns the same streams
 * moved to substream {@code r} (2^76 draws apart, as SSJ's {@code resetNextSubstream}), so
 * replications are independent while two what-if variants run with the same master seed, replication
 * and keys draw exactly the same numbers.
 *
 * <p>Master seed to MRG32k3a seed: the long feeds a SplitMix64 sequence (Steele, Lea and Flood 2014,
 * the generator behind {@code java.util.SplittableRandom}); the first three outputs reduced modulo
 * {@code M1}, as unsigned numbers, are words 0 to 2 and the next three modulo {@code M2} are words 3
 * to 5. A triple that comes out all zero (probability 2^-96) is drawn again. {@link #seedWords(long)}
 * returns the result.
 */
public final class RandomStreams {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long[] baseSeed;
    private final long replication;

    /** The streams of {@code masterSeed}, replication 0. */
    public RandomStreams(long masterSeed) {
        this(seedWords(masterSeed), 0);
    }

    private RandomStreams(long[] baseSeed, long replication) {
        this.baseSeed = baseSeed;
        this.replication = replication;
    }

    /**
     * Streams from an explicit six-word seed: with {@code 12345} six times, stream {@code k} is the
     * {@code k}-th stream SSJ's {@code MRG32k3a} and RngStreams create by default.
     */
    public static RandomStreams fromSeedWords(long... seed) {
        Mrg32k3a.validateSeed(seed);
        return new RandomStreams(seed.clone(), 0);
    }

    /**
     * The same streams, each moved to substream {@code replication}.
     *
     * @param replication from 0 to 2^51 - 1
     */
    public RandomStreams forReplication(long replication) {
        if (replication < 0 || replication >= (1L << Mrg32k3a.SUBSTREAM_BITS)) {
            throw new IllegalArgumentException("replication " + replication + " is outside 0 to 2^51 - 1");
        }
        return new RandomStreams(baseSeed, replication);
    }

    /** Which replication (substream) these streams are at. */
    public long replication() {
        return replication;
    }

    /** The stream with index {@code key} (any 64-bit value, read as unsigned), at this replication. */
    public RandomStream stream(long key) {
        long[] streamStart = baseSeed.clone();
        Mrg32k3a.jumpToStream(streamStart, key, 0);
        long[] substreamStart = streamStart.clone();
        Mrg32k3a.jumpToStream(substreamStart, 0, replication);
        return new RandomStream(streamStart, substreamStart);
    }

    /** The stream named {@code name}: {@code stream(keyOf(name))}. */
    public RandomStream stream(String name) {
        return stream(keyOf(Objects.requireNonNull(name, "name")));
    }

    /**
     * A stable 64-bit key for a name: FNV-1a over the UTF-8 bytes, then the SplitMix64 finaliser so that
     * similar names land far apart. The same in every JVM and every run, unlike identity hashes.
     */
    public static long keyOf(String name) {
        long hash = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return mix(hash);
    }

    /** The six MRG32k3a seed words a master seed maps to (see the class comment). */
    public static long[] seedWords(long masterSeed) {
        long[] words = new long[6];
        long state = masterSeed;
        for (int component = 0; component < 2; component++) {
            long modulus = component == 0 ? Mrg32k3a.M1 : Mrg32k3a.M2;
            do {
                for (int i = 0; i < 3; i++) {
                    state += 0x9e3779b97f4a7c15L;
                    words[3 * component + i] = Long.remainderUnsigned(mix(state), modulus);
                }
            } while (words[3 * component] == 0 && words[3 * component + 1] == 0 && words[3 * component + 2] == 0);
        }
        return words;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
