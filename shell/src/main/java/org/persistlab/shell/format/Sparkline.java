package org.persistlab.shell.format;

/**
 * A one-line chart of a series in block characters (▁▂▃▄▅▆▇█), scaled to its maximum. Zero is a
 * blank, so "nothing happened" and "a little happened" look different. A series longer than the
 * width is folded: each character shows the largest value of its slice, so a one-second peak is
 * never averaged away.
 */
public final class Sparkline {
    private static final char[] LEVELS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    public static String of(long[] values, int width) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return of(d, width);
    }

    public static String of(double[] values, int width) {
        if (width <= 0) {
            throw new IllegalArgumentException("width must be positive, not " + width);
        }
        double[] folded = fold(values, width);
        double max = 0;
        for (double v : folded) {
            max = Math.max(max, v);
        }
        StringBuilder sb = new StringBuilder(folded.length);
        for (double v : folded) {
            if (v <= 0 || max <= 0) {
                sb.append(' ');
            } else {
                int level = (int) Math.ceil(v / max * LEVELS.length) - 1;
                sb.append(LEVELS[Math.max(0, Math.min(LEVELS.length - 1, level))]);
            }
        }
        return sb.toString();
    }

    /** At most {@code width} values, each the maximum of an equal slice of the input. */
    static double[] fold(double[] values, int width) {
        if (values.length <= width) {
            return values.clone();
        }
        double[] out = new double[width];
        for (int i = 0; i < width; i++) {
            int from = (int) ((long) i * values.length / width);
            int to = (int) ((long) (i + 1) * values.length / width);
            double m = 0;
            for (int k = from; k < to; k++) {
                m = Math.max(m, values[k]);
            }
            out[i] = m;
        }
        return out;
    }
}
