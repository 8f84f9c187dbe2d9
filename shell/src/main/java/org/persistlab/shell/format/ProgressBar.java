package org.persistlab.shell.format;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on the error stream, redrawn in place with a carriage return:
 * {@code [████████░░░░░░░░░░░░]  40%  12m30s / 45m00s  1.23M ev/s  ETA 7s}. It draws only when a
 * person watches a terminal ({@code enabled}); scripts and CI get nothing, so their output stays
 * plain. Redraws are throttled to ten a second. The clock is injected because it is wall time, which
 * is shown here and nowhere in results.
 */
public final class ProgressBar implements AutoCloseable {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_CELLS = 20;
    private final PrintWriter err;
    private final boolean enabled;
    private final int width;
    private final LongSupplier clock;
    private final long startNanos;
    private long lastDraw = Long.MIN_VALUE;
    private int drawnLength;

    public ProgressBar(PrintWriter err, boolean enabled, int width, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.width = Math.max(40, width);
        this.clock = clock;
        this.startNanos = clock.getAsLong();
    }

    /**
     * Reports progress.
     *
     * @param fraction  done, from 0 to 1
     * @param position  where the work is, in its own units ("12m30s / 45m00s")
     * @param count     units of work done so far (events, bytes), for the rate
     * @param countUnit the rate's unit ("ev/s", "B/s")
     */
    public void update(double fraction, String position, double count, String countUnit) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        draw(line(fraction, position, count, countUnit, now - startNanos));
    }

    String line(double fraction, String position, double count, String countUnit, long elapsedNanos) {
        double f = Math.max(0, Math.min(1, Double.isFinite(fraction) ? fraction : 0));
        int filled = (int) Math.round(f * BAR_CELLS);
        StringBuilder sb = new StringBuilder("[").append("█".repeat(filled)).append("░".repeat(BAR_CELLS - filled))
                .append("] ").append(String.format(Locale.ROOT, "%3d%%", (int) Math.floor(f * 100)));
        if (!position.isEmpty()) {
            sb.append("  ").append(position);
        }
        double seconds = elapsedNanos / 1e9;
        if (seconds > 0 && count > 0) {
            sb.append("  ").append(Numbers.compact(count / seconds)).append(' ').append(countUnit);
        }
        if (f > 0 && f < 1 && seconds > 0) {
            sb.append("  ETA ").append(Numbers.clock((long) (elapsedNanos * (1 - f) / f)));
        }
        String s = sb.toString();
        return s.length() >= width ? s.substring(0, width - 1) : s;
    }

    private void draw(String line) {
        String pad = " ".repeat(Math.max(0, drawnLength - line.length()));
        err.print("\r" + line + pad);
        err.flush();
        drawnLength = line.length();
    }

    /** Clears the bar, leaving the cursor at the start of an empty line. */
    @Override
    public void close() {
        if (enabled && drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}
