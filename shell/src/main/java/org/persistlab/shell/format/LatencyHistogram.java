package org.persistlab.shell.format;

import java.io.PrintWriter;
import java.util.Arrays;

/** A latency distribution in the terminal: about ten round buckets of seconds, one bar each. */
public final class LatencyHistogram {
    private LatencyHistogram() {
    }

    /** @param millis one latency per phone, in milliseconds */
    public static void write(double[] millis, PrintWriter out, String indent, int width) {
        if (millis.length == 0) {
            out.println(indent + "(none)");
            return;
        }
        double min = Arrays.stream(millis).min().orElse(0) / 1000;
        double max = Arrays.stream(millis).max().orElse(0) / 1000;
        double step = NiceSteps.step(Math.max(max - min, 0.001), 10);
        double first = Math.floor(min / step) * step;
        int buckets = Math.max(1, (int) Math.floor((max - first) / step) + 1);
        long[] counts = new long[buckets];
        for (double v : millis) {
            int b = (int) Math.floor((v / 1000 - first) / step);
            counts[Math.max(0, Math.min(buckets - 1, b))]++;
        }
        BarChart chart = new BarChart();
        for (int b = 0; b < buckets; b++) {
            chart.bar(Numbers.decimal(first + b * step, 3) + "-" + Numbers.decimal(first + (b + 1) * step, 3) + " s",
                    counts[b], Long.toString(counts[b]));
        }
        chart.write(out, indent, width);
    }
}
