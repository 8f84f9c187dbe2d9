package org.persistlab.sim.kernel.random;

/**
 * The arithmetic of L'Ecuyer's combined multiple recursive generator MRG32k3a (Operations Research
 * 47(1), 1999), the generator behind SSJ's {@code MRG32k3a} and ns-3's {@code RngStream}: one step,
 * and jumps of any length through 3x3 transition matrices (L'Ecuyer, Simard, Chen and Kelton,
 * Operations Research 50(6), 2002).
 *
 * <p>The state is six words: {@code s[0..2]} for the first component (modulus {@link #M1}),
 * {@code s[3..5]} for the second ({@link #M2}). One step multiplies each triple by its matrix
 * {@code A1} or {@code A2}; jumping {@code n} steps multiplies by {@code A^n}. Streams start
 * 2^127 steps apart and substreams 2^76 apart, as in SSJ and RngStreams. The jump matrices are computed
 * here by repeated squaring (tests compare them with the published tables), and for each of the 64 bits
 * of a stream number (51 of a substream number) the matching power is kept, so a jump costs at most
 * 64 + 51 matrix-vector products and no matrix product.
 *
 * <p>All arithmetic is exact in {@code long}: every operand is below 2^32, so a product is below 2^64
 * and is reduced as an unsigned number.
 */
public final class Mrg32k3a {

    public static final long M1 = 4294967087L;
    public static final long M2 = 4294944443L;
    static final long A12 = 1403580L;
    static final long A13N = 810728L;
    static final long A21 = 527612L;
    static final long A23N = 1370589L;
    /** 1 / (M1 + 1): maps the combined value to (0, 1). */
    static final double NORM = 2.328306549295727688e-10;

    /** log2 of the distance between streams and between substreams. */
    public static final int STREAM_SHIFT = 127;
    public static final int SUBSTREAM_SHIFT = 76;
    /** Substream numbers are below 2^51 = 2^127 / 2^76: substream 2^51 would be the next stream. */
    public static final int SUBSTREAM_BITS = STREAM_SHIFT - SUBSTREAM_SHIFT;

    private static final long[][] A1 = {{0, 1, 0}, {0, 0, 1}, {M1 - A13N, A12, 0}};
    private static final long[][] A2 = {{0, 1, 0}, {0, 0, 1}, {M2 - A23N, 0, A21}};

    // STREAM_JUMPS_1[i] = A1^(2^(127 + i)) mod M1, and so on; never written after class initialisation.
    private static final long[][][] STREAM_JUMPS_1 = powersOfTwo(A1, M1, STREAM_SHIFT, 64);
    private static final long[][][] STREAM_JUMPS_2 = powersOfTwo(A2, M2, STREAM_SHIFT, 64);
    private static final long[][][] SUBSTREAM_JUMPS_1 = powersOfTwo(A1, M1, SUBSTREAM_SHIFT, SUBSTREAM_BITS);
    private static final long[][][] SUBSTREAM_JUMPS_2 = powersOfTwo(A2, M2, SUBSTREAM_SHIFT, SUBSTREAM_BITS);

    private Mrg32k3a() {
    }

    /**
     * Moves {@code state} (six words) from the start of stream 0 to the start of substream
     * {@code substream} of stream {@code stream}: {@code stream * 2^127 + substream * 2^76} steps.
     *
     * @param stream    any 64-bit value, read as unsigned (there are 2^64 streams)
     * @param substream from 0 to 2^51 - 1
     */
    public static void jumpToStream(long[] state, long stream, long substream) {
        if (substream < 0 || substream >= (1L << SUBSTREAM_BITS)) {
            throw new IllegalArgumentException("substream " + substream + " is outside 0 to 2^51 - 1");
        }
        applyBits(state, stream, 64, STREAM_JUMPS_1, STREAM_JUMPS_2);
        applyBits(state, substream, SUBSTREAM_BITS, SUBSTREAM_JUMPS_1, SUBSTREAM_JUMPS_2);
    }

    /** Moves {@code state} to the start of the next substream: 2^76 steps. */
    public static void nextSubstream(long[] state) {
        applyBits(state, 1, 1, SUBSTREAM_JUMPS_1, SUBSTREAM_JUMPS_2);
    }

    /** Moves {@code state} forward by {@code steps} (read as unsigned) single steps. */
    public static void advance(long[] state, long steps) {
        long[][] power1 = A1;
        long[][] power2 = A2;
        for (long rest = steps; rest != 0; rest >>>= 1) {
            if ((rest & 1) != 0) {
                multiplyInto(power1, state, 0, M1);
                multiplyInto(power2, state, 3, M2);
            }
            power1 = square(power1, M1);
            power2 = square(power2, M2);
        }
    }

    /** {@code A1^(2^e)} or {@code A2^(2^e)}: for tests and documentation. */
    static long[][] transitionToPowerOfTwo(int component, int exponent) {
        long[][] matrix = component == 1 ? A1 : A2;
        long modulus = component == 1 ? M1 : M2;
        for (int i = 0; i < exponent; i++) {
            matrix = square(matrix, modulus);
        }
        return matrix;
    }

    /**
     * Checks a six-word seed: the first three words below {@link #M1}, the last three below
     * {@link #M2}, no word negative, and neither triple all zero (a zero triple stays zero for ever).
     */
    public static void validateSeed(long[] seed) {
        if (seed.length != 6) {
            throw new IllegalArgumentException("an MRG32k3a seed has 6 words, not " + seed.length);
        }
        for (int i = 0; i < 6; i++) {
            long modulus = i < 3 ? M1 : M2;
            if (seed[i] < 0 || seed[i] >= modulus) {
                throw new IllegalArgumentException("seed word " + i + " = " + seed[i] + " is outside 0 to " + (modulus - 1));
            }
        }
        if (seed[0] == 0 && seed[1] == 0 && seed[2] == 0) {
            throw new IllegalArgumentException("seed words 0 to 2 are all zero");
        }
        if (seed[3] == 0 && seed[4] == 0 && seed[5] == 0) {
            throw new IllegalArgumentException("seed words 3 to 5 are all zero");
        }
    }

    private static void applyBits(long[] state, long bits, int count, long[][][] jumps1, long[][][] jumps2) {
        for (int i = 0; i < count; i++) {
            if (((bits >>> i) & 1) != 0) {
                multiplyInto(jumps1[i], state, 0, M1);
                multiplyInto(jumps2[i], state, 3, M2);
            }
        }
    }

    private static long[][][] powersOfTwo(long[][] matrix, long modulus, int firstExponent, int count) {
        long[][] power = matrix;
        for (int i = 0; i < firstExponent; i++) {
            power = square(power, modulus);
        }
        long[][][] powers = new long[count][][];
        for (int i = 0; i < count; i++) {
            powers[i] = power;
            power = square(power, modulus);
        }
        return powers;
    }

    /** state[offset..offset+2] = matrix * state[offset..offset+2] mod modulus. */
    private static void multiplyInto(long[][] matrix, long[] state, int offset, long modulus) {
        long x0 = state[offset];
        long x1 = state[offset + 1];
        long x2 = state[offset + 2];
        for (int row = 0; row < 3; row++) {
            long[] r = matrix[row];
            long sum = mulMod(r[0], x0, modulus);
            sum = (sum + mulMod(r[1], x1, modulus)) % modulus;
            sum = (sum + mulMod(r[2], x2, modulus)) % modulus;
            state[offset + row] = sum;
        }
    }

    private static long[][] square(long[][] a, long modulus) {
        long[][] c = new long[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                long sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum = (sum + mulMod(a[i][k], a[k][j], modulus)) % modulus;
                }
                c[i][j] = sum;
            }
        }
        return c;
    }

    /** a * b mod m for 0 <= a, b < m < 2^32: the product fits in 64 unsigned bits. */
    static long mulMod(long a, long b, long m) {
        return Long.remainderUnsigned(a * b, m);
    }
}
