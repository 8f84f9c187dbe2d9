package org.persistlab.sim.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Durations as people write them ({@code 100ns}, {@code 2us}, {@code 250ms}, {@code 1.5s},
 * {@code 90s}, {@code 10m}, {@code 1h}) to and from the kernel's {@code long} nanoseconds. Conversion
 * is exact: decimals are read as decimals, never through {@code double}.
 *
 * <p>Units: {@code ns}, {@code us} (also {@code µs}), {@code ms}, {@code s}, {@code m} (also
 * {@code min}) and {@code h}. A unit is required, because a bare {@code 180} in a scenario is a
 * mistake waiting to happen. Durations are not negative.
 */
public final class Durations {

    public static final long NANOS_PER_MICRO = 1_000L;
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    public static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;

    private static final String EXPECTED_UNITS = "ns, us, ms, s, m or h";

    private Durations() {
    }

    /**
     * Parses a whole text as one duration.
     *
     * @throws SpecParseException naming the offset and what was expected
     */
    public static long parse(String text) {
        return parse(text, 0, text.length());
    }

    /**
     * Parses {@code text[start, end)} as one duration; offsets in errors are relative to the whole
     * text, so a caller parsing a larger spec can report them directly.
     */
    public static long parse(String text, int start, int end) {
        int pos = start;
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        while (end > pos && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int numberStart = pos;
        while (pos < end && isNumberChar(text.charAt(pos))) {
            pos++;
        }
        if (pos == numberStart) {
            String why = numberStart < end && text.charAt(numberStart) == '-'
                    ? "a duration cannot be negative"
                    : "expected a duration such as 250ms, 1.5s or 10m";
            throw new SpecParseException(text, numberStart, why);
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.substring(numberStart, pos));
        } catch (NumberFormatException e) {
            throw new SpecParseException(text, numberStart, "'" + text.substring(numberStart, pos)
                    + "' is not a number");
        }
        if (pos == end) {
            throw new SpecParseException(text, pos, "missing unit after " + text.substring(numberStart, pos)
                    + " (expected " + EXPECTED_UNITS + ")");
        }
        String unit = text.substring(pos, end);
        long unitNanos = unitNanos(unit);
        if (unitNanos == 0) {
            throw new SpecParseException(text, pos, "unknown unit '" + unit + "' (expected " + EXPECTED_UNITS + ")");
        }
        BigDecimal nanos = amount.multiply(BigDecimal.valueOf(unitNanos));
        if (nanos.stripTrailingZeros().scale() > 0) {
            throw new SpecParseException(text, numberStart, text.substring(numberStart, end)
                    + " is finer than 1 ns");
        }
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new SpecParseException(text, numberStart, text.substring(numberStart, end)
                    + " exceeds the longest duration (about 292 years)");
        }
        return nanos.longValueExact();
    }

    /**
     * Writes a duration with the largest unit that shows it exactly in few digits: {@code 1.5s},
     * {@code 250ms}, {@code 10m}, {@code 1h}, {@code 1234567ns}. {@link #parse(String)} reads it back to
     * the same value.
     */
    public static String format(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("duration " + nanos + " ns is negative");
        }
        if (nanos == 0) {
            return "0s";
        }
        String[] names = {"h", "m", "s", "ms", "us"};
        long[] units = {NANOS_PER_HOUR, NANOS_PER_MINUTE, NANOS_PER_SECOND, NANOS_PER_MILLI, NANOS_PER_MICRO};
        for (int i = 0; i < units.length; i++) {
            if (nanos < units[i]) {
                continue;
            }
            // Three decimals at most, and only when they are exact.
            BigDecimal value = BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(units[i]), 3, RoundingMode.DOWN);
            if (value.multiply(BigDecimal.valueOf(units[i])).compareTo(BigDecimal.valueOf(nanos)) == 0) {
                return value.stripTrailingZeros().toPlainString() + names[i];
            }
        }
        return nanos + "ns";
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs" -> NANOS_PER_MICRO;
            case "ms" -> NANOS_PER_MILLI;
            case "s" -> NANOS_PER_SECOND;
            case "m", "min" -> NANOS_PER_MINUTE;
            case "h" -> NANOS_PER_HOUR;
            default -> 0L;
        };
    }
}
