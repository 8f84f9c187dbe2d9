package org.persistlab.shell.report;

import java.util.ArrayList;
import java.util.List;
import org.persistlab.shell.format.NiceSteps;
import org.persistlab.shell.format.Numbers;

/** Round tick values for chart axes (1, 2, 2.5, 5 times a power of ten; clock steps for time) and their labels. */
final class AxisTicks {
    /** Seconds between time ticks that people read easily: 10s, 1m, 5m, 15m, 1h... */
    private static final double[] CLOCK_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
        10800, 21600, 43200, 86400, 172800, 604800};

    private AxisTicks() {
    }

    static double step(double min, double max, int target, Chart.AxisFormat format) {
        double raw = Math.max(max - min, 1e-9) / Math.max(1, target);
        if (format == Chart.AxisFormat.CLOCK && raw >= 1) {
            for (double s : CLOCK_STEPS) {
                if (s >= raw) {
                    return s;
                }
            }
            return Math.ceil(raw / 604800) * 604800;
        }
        return NiceSteps.step(Math.max(max - min, 1e-9), target);
    }

    /** Ticks from the multiple of {@code step} at or below {@code min} to the one at or above {@code max}. */
    static List<Double> ticks(double min, double max, double step) {
        List<Double> out = new ArrayList<>();
        long first = (long) Math.floor(min / step + 1e-9);
        long last = (long) Math.ceil(max / step - 1e-9);
        if (last <= first) {
            last = first + 1;
        }
        for (long k = first; k <= last; k++) {
            out.add(k * step);
        }
        return out;
    }

    static String label(double value, double step, Chart.AxisFormat format) {
        if (format == Chart.AxisFormat.CLOCK) {
            return clock(Math.round(value));
        }
        if (Math.abs(value) >= 100_000) {
            return Numbers.compact(value);
        }
        // As many decimals as the step needs to be exact: 2.5 needs one, 0.25 two.
        int decimals = 0;
        while (decimals < 6 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals)))
                > 1e-6) {
            decimals++;
        }
        return Numbers.decimal(value, decimals);
    }

    /** 45s, 15m, 15m30s, 1h, 1h05m. */
    static String clock(long seconds) {
        long s = Math.abs(seconds);
        String sign = seconds < 0 ? "-" : "";
        if (s < 60) {
            return sign + s + "s";
        }
        if (s < 3600) {
            return sign + (s / 60) + "m" + (s % 60 == 0 ? "" : String.format(java.util.Locale.ROOT, "%02ds", s % 60));
        }
        long m = (s / 60) % 60;
        return sign + (s / 3600) + "h" + (m == 0 ? "" : String.format(java.util.Locale.ROOT, "%02dm", m));
    }
}
