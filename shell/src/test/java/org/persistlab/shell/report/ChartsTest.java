package org.persistlab.shell.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
    @Test
    void perBucketSumsWholeBucketsAndAShortLastOne() {
        ChartSeries s = ChartSeries.perBucket("calls", 10, new long[] {1, 0, 2, 5, 0, 3, 4}, 3);
        assertThat(s.x()).containsExactly(10, 13, 16);
        assertThat(s.y()).containsExactly(3, 8, 4);
    }

    @Test
    void theDistributionFunctionCountsSamplesAtOrBelowEachDistinctValue() {
        ChartSeries cdf = ChartSeries.cdf("x", new double[] {3, 1, 2, 2});
        assertThat(cdf.x()).containsExactly(1, 2, 3);
        assertThat(cdf.y()).containsExactly(25, 75, 100);
    }

    @Test
    void ticksAreRoundAndTimeTicksReadAsClockTimes() {
        assertThat(AxisTicks.step(0, 47, 5, Chart.AxisFormat.NUMBER)).isEqualTo(10);
        assertThat(AxisTicks.step(0, 0.9, 5, Chart.AxisFormat.NUMBER)).isEqualTo(0.2);
        assertThat(AxisTicks.step(0, 2700, 8, Chart.AxisFormat.CLOCK)).isEqualTo(600);
        assertThat(AxisTicks.ticks(0, 47, 10)).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0);
        assertThat(AxisTicks.label(900, 300, Chart.AxisFormat.CLOCK)).isEqualTo("15m");
        assertThat(AxisTicks.label(3900, 300, Chart.AxisFormat.CLOCK)).isEqualTo("1h05m");
        assertThat(AxisTicks.label(90, 30, Chart.AxisFormat.CLOCK)).isEqualTo("1m30s");
        assertThat(AxisTicks.label(0.4, 0.2, Chart.AxisFormat.NUMBER)).isEqualTo("0.4");
        assertThat(AxisTicks.label(7.5, 2.5, Chart.AxisFormat.NUMBER)).isEqualTo("7.5");
    }

    @Test
    void stackedSeriesMustShareTheirTimesAndBarsNeedCategories() {
        ChartSeries a = new ChartSeries("a", new double[] {0, 1}, new double[] {1, 1});
        ChartSeries b = new ChartSeries("b", new double[] {0, 2}, new double[] {1, 1});
        assertThatThrownBy(() -> Chart.stacked("t", "x", "y", List.of(a, b)))
                .hasMessageContaining("series 'b' has other x values than 'a'");
        assertThatThrownBy(() -> Chart.bars("t", "y", List.of(), List.of(a))).hasMessageContaining("categories");
        assertThatThrownBy(() -> new ChartSeries("c", new double[1], new double[2]))
                .hasMessageContaining("1 x values for 2 y values");
    }

    @Test
    void aLongSeriesIsFoldedButKeepsItsPeak() {
        long[] counts = new long[10_000];
        counts[4321] = 99;
        Chart c = Chart.lines("t", "x", "y", Chart.AxisFormat.CLOCK, List.of(ChartSeries.perSecond("s", 0, counts)));
        StringBuilder sb = new StringBuilder();
        SvgChart.write(c, sb);
        String points = sb.substring(sb.indexOf("points=\"") + 8, sb.indexOf("\"", sb.indexOf("points=\"") + 8));
        assertThat(points.split(" ")).hasSize(SvgChart.MAX_POINTS);
        // The plot runs from y = 254 (0) up to y = 14 (the axis maximum, 100): 99 sits at 254 - 0.99 * 240.
        assertThat(points).contains(",16.4");
    }
}
