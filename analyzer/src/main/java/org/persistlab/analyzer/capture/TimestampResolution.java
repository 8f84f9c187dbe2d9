package org.persistlab.analyzer.capture;

/**
 * A pcapng interface's timestamp unit ({@code if_tsresol}, RFC draft-ietf-opsawg-pcapng §4.2): the
 * high bit clear means 10^-n seconds, set means 2^-n seconds. Converts timestamps in that unit to
 * nanoseconds without floating point.
 */
final class TimestampResolution {
    /** The default when an interface has no if_tsresol option: microseconds. */
    static final TimestampResolution MICROS = new TimestampResolution(false, 6);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final boolean binary;
    private final int exponent;
    private final long multiplier;
    private final long divisor;

    private TimestampResolution(boolean binary, int exponent) {
        this.binary = binary;
        this.exponent = exponent;
        long mul = 1;
        long div = 1;
        if (!binary) {
            for (int i = exponent; i < 9; i++) {
                mul *= 10;
            }
            for (int i = 9; i < exponent; i++) {
                div *= 10;
            }
        }
        this.multiplier = mul;
        this.divisor = div;
    }

    /**
     * From the option's byte, or {@code null} when the unit is finer than we can represent
     * (10^-n with n above 18, 2^-n with n above 63).
     */
    static TimestampResolution of(int tsresol) {
        boolean binary = (tsresol & 0x80) != 0;
        int exponent = tsresol & 0x7F;
        if (binary ? exponent > 63 : exponent > 18) {
            return null;
        }
        return new TimestampResolution(binary, exponent);
    }

    /** Converts a 64-bit timestamp (unsigned, in this unit, since the epoch) to nanoseconds since the epoch. */
    long toNanos(long units) {
        if (!binary) {
            return divisor == 1 ? units * multiplier : Long.divideUnsigned(units, divisor);
        }
        long seconds = units >>> exponent;
        long fraction = exponent == 0 ? 0 : units & (-1L >>> (64 - exponent));
        // fraction * 1e9 / 2^exponent, with the product taken as 128 bits.
        long high = Math.multiplyHigh(fraction, NANOS_PER_SECOND);
        long low = fraction * NANOS_PER_SECOND;
        long fractionNanos = exponent == 0 ? 0 : (low >>> exponent) | (exponent == 64 ? 0 : high << (64 - exponent));
        return seconds * NANOS_PER_SECOND + fractionNanos;
    }

    @Override
    public String toString() {
        return (binary ? "2^-" : "10^-") + exponent + " s";
    }
}
