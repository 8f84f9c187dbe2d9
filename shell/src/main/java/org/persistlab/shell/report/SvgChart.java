package org.persistlab.shell.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws one {@link Chart} as inline SVG: grid, axes with round ticks, the series, and a hover title
 * per series. Series longer than {@link #MAX_POINTS} are folded so a file of a long run stays small:
 * lines keep each slice's maximum (a peak is never averaged away), stacked areas each slice's mean,
 * distribution functions evenly spaced points.
 */
final class SvgChart {
    static final int WIDTH = 760;
    static final int HEIGHT = 300;
    static final int MAX_POINTS = 1500;
    /** Okabe-Ito colours: told apart by people with the common colour-vision deficiencies. */
    private static final String[] PALETTE = {"#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9",
        "#f0e442", "#000000"};
    private static final int LEFT = 64;
    private static final int RIGHT = 20;
    private static final int TOP = 14;
    private static final int BOTTOM = 46;

    private final Chart chart;
    private final StringBuilder out;
    private double xMin;
    private double xMax;
    private double yMax;

    private SvgChart(Chart chart, StringBuilder out) {
        this.chart = chart;
        this.out = out;
    }

    static String color(int seriesIndex) {
        return PALETTE[seriesIndex % PALETTE.length];
    }

    static void write(Chart chart, StringBuilder out) {
        new SvgChart(chart, out).draw();
    }

    private void draw() {
        List<ChartSeries> series = chart.series().stream().map(this::fold).toList();
        ranges(series);
        out.append("<svg class=\"chart\" data-kind=\"").append(chart.kind().name().toLowerCase(Locale.ROOT))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(chart.title())).append("\">\n");
        axes();
        switch (chart.kind()) {
            case LINES -> lines(series);
            case STEP -> steps(series);
            case STACKED_AREA -> stacked(series);
            case BARS -> bars(series);
        }
        out.append("</svg>\n");
    }

    private void ranges(List<ChartSeries> series) {
        if (chart.kind() == Chart.Kind.BARS) {
            xMin = -0.5;
            xMax = chart.categories().size() - 0.5;
        } else {
            xMin = Double.POSITIVE_INFINITY;
            xMax = Double.NEGATIVE_INFINITY;
            for (ChartSeries s : series) {
                for (double x : s.x()) {
                    xMin = Math.min(xMin, x);
                    xMax = Math.max(xMax, x);
                }
            }
            if (!(xMin <= xMax)) {
                xMin = 0;
                xMax = 1;
            }
            if (xMax == xMin) {
                xMax = xMin + 1;
            }
        }
        yMax = 0;
        if (chart.kind() == Chart.Kind.STACKED_AREA) {
            int n = series.get(0).size();
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (ChartSeries s : series) {
                    sum += s.y()[i];
                }
                yMax = Math.max(yMax, sum);
            }
        } else {
            for (ChartSeries s : series) {
                for (double y : s.y()) {
                    yMax = Math.max(yMax, y);
                }
            }
        }
        double step = AxisTicks.step(0, yMax <= 0 ? 1 : yMax, 5, Chart.AxisFormat.NUMBER);
        List<Double> ticks = AxisTicks.ticks(0, yMax <= 0 ? 1 : yMax, step);
        yMax = ticks.get(ticks.size() - 1);
    }

    private double px(double x) {
        return LEFT + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    private double py(double y) {
        return HEIGHT - BOTTOM - y / yMax * (HEIGHT - TOP - BOTTOM);
    }

    private void axes() {
        double yStep = AxisTicks.step(0, yMax, 5, Chart.AxisFormat.NUMBER);
        for (double t : AxisTicks.ticks(0, yMax, yStep)) {
            if (t > yMax + 1e-9) {
                continue;
            }
            double y = py(t);
            out.append("<line class=\"grid\" x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(y))
                    .append("\" x2=\"").append(n(WIDTH - RIGHT)).append("\" y2=\"").append(n(y)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(n(LEFT - 6)).append("\" y=\"").append(n(y + 4))
                    .append("\" text-anchor=\"end\">").append(AxisTicks.label(t, yStep, Chart.AxisFormat.NUMBER))
                    .append("</text>\n");
        }
        if (chart.kind() == Chart.Kind.BARS) {
            for (int i = 0; i < chart.categories().size(); i++) {
                text(px(i), HEIGHT - BOTTOM + 16, "middle", chart.categories().get(i));
            }
        } else {
            double xStep = AxisTicks.step(xMin, xMax, 8, chart.xFormat());
            for (double t : AxisTicks.ticks(xMin, xMax, xStep)) {
                if (t < xMin - 1e-9 || t > xMax + 1e-9) {
                    continue;
                }
                text(px(t), HEIGHT - BOTTOM + 16, "middle", AxisTicks.label(t, xStep, chart.xFormat()));
            }
        }
        out.append("<line class=\"axis\" x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(HEIGHT - BOTTOM))
                .append("\" x2=\"").append(n(WIDTH - RIGHT)).append("\" y2=\"").append(n(HEIGHT - BOTTOM))
                .append("\"/><line class=\"axis\" x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(TOP))
                .append("\" x2=\"").append(n(LEFT)).append("\" y2=\"").append(n(HEIGHT - BOTTOM)).append("\"/>\n");
        if (!chart.xLabel().isEmpty()) {
            out.append("<text class=\"label\" x=\"").append(n((LEFT + WIDTH - RIGHT) / 2.0)).append("\" y=\"")
                    .append(n(HEIGHT - 8)).append("\" text-anchor=\"middle\">").append(Html.escape(chart.xLabel()))
                    .append("</text>\n");
        }
        out.append("<text class=\"label\" transform=\"translate(14,").append(n((TOP + HEIGHT - BOTTOM) / 2.0))
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(Html.escape(chart.yLabel()))
                .append("</text>\n");
    }

    private void text(double x, double y, String anchor, String s) {
        out.append("<text class=\"tick\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" text-anchor=\"").append(anchor).append("\">").append(Html.escape(s)).append("</text>\n");
    }

    private void lines(List<ChartSeries> series) {
        for (int k = 0; k < series.size(); k++) {
            ChartSeries s = series.get(k);
            out.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(color(k))
                    .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\" points=\"");
            for (int i = 0; i < s.size(); i++) {
                out.append(i == 0 ? "" : " ").append(n(px(s.x()[i]))).append(',').append(n(py(s.y()[i])));
            }
            out.append("\"><title>").append(Html.escape(s.name())).append("</title></polyline>\n");
        }
    }

    private void steps(List<ChartSeries> series) {
        for (int k = 0; k < series.size(); k++) {
            ChartSeries s = series.get(k);
            if (s.size() == 0) {
                continue;
            }
            out.append("<path class=\"series\" fill=\"none\" stroke=\"").append(color(k))
                    .append("\" stroke-width=\"2.5\" d=\"M").append(n(px(s.x()[0]))).append(',').append(n(py(0)));
            for (int i = 0; i < s.size(); i++) {
                out.append(" H").append(n(px(s.x()[i]))).append(" V").append(n(py(s.y()[i])));
            }
            out.append(" H").append(n(WIDTH - RIGHT)).append("\"><title>").append(Html.escape(s.name()))
                    .append("</title></path>\n");
        }
    }

    private void stacked(List<ChartSeries> series) {
        int n = series.get(0).size();
        double[] base = new double[n];
        for (int k = 0; k < series.size(); k++) {
            ChartSeries s = series.get(k);
            double[] top = new double[n];
            for (int i = 0; i < n; i++) {
                top[i] = base[i] + s.y()[i];
            }
            out.append("<polygon class=\"series\" fill=\"").append(color(k)).append("\" points=\"");
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ").append(n(px(s.x()[i]))).append(',').append(n(py(top[i])));
            }
            for (int i = n - 1; i >= 0; i--) {
                out.append(' ').append(n(px(s.x()[i]))).append(',').append(n(py(base[i])));
            }
            out.append("\"><title>").append(Html.escape(s.name())).append("</title></polygon>\n");
            base = top;
        }
    }

    private void bars(List<ChartSeries> series) {
        double group = (WIDTH - LEFT - RIGHT) / (double) chart.categories().size();
        double barWidth = group * 0.8 / series.size();
        for (int k = 0; k < series.size(); k++) {
            ChartSeries s = series.get(k);
            for (int i = 0; i < s.size(); i++) {
                double left = px(s.x()[i]) - group * 0.4 + k * barWidth;
                double top = py(s.y()[i]);
                out.append("<rect class=\"series\" fill=\"").append(color(k)).append("\" x=\"").append(n(left))
                        .append("\" y=\"").append(n(top)).append("\" width=\"").append(n(barWidth * 0.92))
                        .append("\" height=\"").append(n(py(0) - top)).append("\"><title>")
                        .append(Html.escape(s.name() + ": " + AxisTicks.label(s.y()[i], 0.001,
                                Chart.AxisFormat.NUMBER))).append("</title></rect>\n");
            }
        }
    }

    private ChartSeries fold(ChartSeries s) {
        int n = s.size();
        if (n <= MAX_POINTS || chart.kind() == Chart.Kind.BARS) {
            return s;
        }
        double[] x = new double[MAX_POINTS];
        double[] y = new double[MAX_POINTS];
        for (int b = 0; b < MAX_POINTS; b++) {
            int from = (int) ((long) b * n / MAX_POINTS);
            int to = (int) ((long) (b + 1) * n / MAX_POINTS);
            switch (chart.kind()) {
                case STEP -> {
                    x[b] = s.x()[to - 1];
                    y[b] = s.y()[to - 1];
                }
                case STACKED_AREA -> {
                    double sum = 0;
                    for (int i = from; i < to; i++) {
                        sum += s.y()[i];
                    }
                    x[b] = s.x()[from];
                    y[b] = sum / (to - from);
                }
                default -> {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int i = from; i < to; i++) {
                        max = Math.max(max, s.y()[i]);
                    }
                    x[b] = s.x()[from];
                    y[b] = max;
                }
            }
        }
        return new ChartSeries(s.name(), x, y);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
