package org.persistlab.shell.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How numbers look on screen: fixed decimals, no exponent, absent values as "-". Locale-independent. */
public final class Numbers {
    private Numbers() {
    }

    /** A table cell: {@code null} as "-", doubles with up to 3 decimals (trailing zeros kept to 1). */
    public static String cell(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Double d) {
            return decimal(d, 3);
        }
        if (value instanceof Float f) {
            return decimal(f, 3);
        }
        return value.toString();
    }

    /** {@code value} rounded half-up to at most {@code decimals} places, without trailing zeros. */
    public static String decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "-" : value > 0 ? "inf" : "-inf";
        }
        BigDecimal b = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (b.scale() < 0) {
            b = b.setScale(0, RoundingMode.UNNECESSARY);
        }
        String s = b.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A count in few characters: 950, 12.3k, 4.56M. */
    public static String compact(double value) {
        double a = Math.abs(value);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2fG", value / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", value / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.1fk", value / 1e3);
        }
        return decimal(value, a >= 100 ? 0 : 1);
    }

    /** A wall-clock or simulated span for people: 42s, 3m07s, 1h02m. */
    public static String clock(long nanos) {
        long s = Math.max(0, nanos) / 1_000_000_000L;
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s / 60) % 60);
    }
}
