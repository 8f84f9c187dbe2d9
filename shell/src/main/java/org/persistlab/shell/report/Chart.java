package org.persistlab.shell.report;

import java.util.List;

/**
 * A chart in renderer-neutral form.
 *
 * @param kind       how the series are drawn
 * @param title      shown above the chart
 * @param xLabel     the x axis, with its unit ("time since start", "failover latency (s)")
 * @param yLabel     the y axis, with its unit ("REGISTER/s", "phones", "% of phones")
 * @param xFormat    how x tick labels are written
 * @param categories for {@link Kind#BARS}: one label per x index; otherwise empty
 * @param series     one or more; for {@link Kind#STACKED_AREA} all share the same x values
 */
public record Chart(Kind kind, String title, String xLabel, String yLabel, AxisFormat xFormat,
                    List<String> categories, List<ChartSeries> series) implements ReportBlock {

    public enum Kind {
        /** Each series a line through its points. */
        LINES,
        /** Series stacked on each other, bottom first, as filled areas (phones per state over time). */
        STACKED_AREA,
        /** Each series a staircase, flat until the next point (a distribution function). */
        STEP,
        /** Grouped bars, one group per category, one bar per series. */
        BARS
    }

    public enum AxisFormat {
        NUMBER,
        /** x values are seconds, labelled 30s, 15m, 1h05m. */
        CLOCK
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("chart '" + title + "' has no series");
        }
        if (kind == Kind.BARS && categories.isEmpty()) {
            throw new IllegalArgumentException("bar chart '" + title + "' needs categories");
        }
        if (kind == Kind.STACKED_AREA) {
            ChartSeries first = series.get(0);
            for (ChartSeries s : series) {
                if (!java.util.Arrays.equals(s.x(), first.x())) {
                    throw new IllegalArgumentException("stacked chart '" + title + "': series '" + s.name()
                            + "' has other x values than '" + first.name() + "'");
                }
            }
        }
    }

    public static Chart lines(String title, String xLabel, String yLabel, AxisFormat xFormat,
                              List<ChartSeries> series) {
        return new Chart(Kind.LINES, title, xLabel, yLabel, xFormat, List.of(), series);
    }

    public static Chart stacked(String title, String xLabel, String yLabel, List<ChartSeries> series) {
        return new Chart(Kind.STACKED_AREA, title, xLabel, yLabel, AxisFormat.CLOCK, List.of(), series);
    }

    public static Chart step(String title, String xLabel, String yLabel, List<ChartSeries> series) {
        return new Chart(Kind.STEP, title, xLabel, yLabel, AxisFormat.NUMBER, List.of(), series);
    }

    public static Chart bars(String title, String yLabel, List<String> categories, List<ChartSeries> series) {
        return new Chart(Kind.BARS, title, "", yLabel, AxisFormat.NUMBER, categories, series);
    }
}
