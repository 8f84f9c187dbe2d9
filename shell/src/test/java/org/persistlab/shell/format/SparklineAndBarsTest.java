package org.persistlab.shell.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SparklineAndBarsTest {
    @Test
    void eachLevelIsAnEighthOfTheMaximumAndZeroIsBlank() {
        assertThat(Sparkline.of(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, 20)).isEqualTo(" ▁▂▃▄▅▆▇█");
        assertThat(Sparkline.of(new long[] {0, 0, 0}, 20)).isEqualTo("   ");
    }

    @Test
    void aLongSeriesIsFoldedKeepingEachSlicesPeak() {
        long[] v = new long[100];
        v[37] = 50;
        v[90] = 25;
        String s = Sparkline.of(v, 10);
        assertThat(s).hasSize(10).isEqualTo("   █     ▄");
        assertThat(Sparkline.fold(new double[] {1, 9, 2, 2, 7, 3}, 3)).containsExactly(9, 2, 7);
        assertThatThrownBy(() -> Sparkline.of(v, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void barsAreProportionalToTheirValuesInEighths() {
        assertThat(BarChart.bar(2.5)).isEqualTo("██▌");
        assertThat(BarChart.bar(0.125)).isEqualTo("▏");
        assertThat(BarChart.bar(0)).isEmpty();
        StringWriter sw = new StringWriter();
        new BarChart().bar("a", 10, "10").bar("bb", 5, "5").bar("c", 0, "0").write(new PrintWriter(sw), "", 40);
        String[] lines = sw.toString().split("\n");
        // width 40 - labels 2 - values 2 - 4 separators: the longest bar gets 32 cells.
        assertThat(lines[0]).isEqualTo("a  │" + "█".repeat(32) + " 10");
        assertThat(lines[1]).isEqualTo("bb │" + "█".repeat(16) + " 5");
        assertThat(lines[2]).isEqualTo("c  │ 0");
    }

    @Test
    void aHistogramCountsEachLatencyInItsRoundBucket() {
        StringWriter sw = new StringWriter();
        LatencyHistogram.write(new double[] {31_000, 32_500, 39_999, 41_000, 58_000}, new PrintWriter(sw), "", 60);
        String[] lines = sw.toString().split("\n");
        // 27 s of spread in about ten buckets: 2.7 s rounds up to 5 s buckets from 30 s.
        assertThat(lines).extracting(l -> l.substring(0, l.indexOf(' ')) + l.substring(l.lastIndexOf(' ')))
                .containsExactly("30-35 2", "35-40 1", "40-45 1", "45-50 0", "50-55 0", "55-60 1");
    }
}
