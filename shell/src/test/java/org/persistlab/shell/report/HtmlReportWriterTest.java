package org.persistlab.shell.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
    static ReportDocument sample() {
        double[] t = {0, 1, 2, 3};
        Chart states = Chart.stacked("Phones <per> state", "time", "phones", List.of(
                new ChartSeries("on ACO", t, new double[] {10, 4, 0, 8}),
                new ChartSeries("Limited Service", t, new double[] {0, 6, 10, 2})));
        Chart lines = Chart.lines("REGISTER/s", "time", "REGISTER/s", Chart.AxisFormat.CLOCK, List.of(
                ChartSeries.perSecond("IP Office", 0, new long[] {0, 5, 9, 1}),
                ChartSeries.perSecond("ACO", 0, new long[] {3, 0, 0, 7})));
        Chart cdf = Chart.step("latency", "s", "%", List.of(ChartSeries.cdf("phones", new double[] {30, 31, 35})));
        Chart bars = Chart.bars("calls", "calls", List.of("before", "during", "after"), List.of(
                new ChartSeries("attempts", new double[] {0, 1, 2}, new double[] {10, 8, 9})));
        ReportTable table = ReportTable.builder("caption & more", "name", "value").numeric(1)
                .row("a<b", 1.5).row("c", null).build();
        return new ReportDocument("Run \"x\" <1>", List.of(new ReportDocument.Fact("seed", "1")), List.of(
                new ReportSection("States", "a note", List.of(states, lines)),
                new ReportSection("Latency", "", List.of(cdf, bars, table))));
    }

    @Test
    void onePageWithEveryChartAsInlineSvgAndNothingFromOutside() {
        String html = HtmlReportWriter.render(sample(), "Persist Lab test");
        assertThat(count(html, "<svg class=\"chart\"")).isEqualTo(4);
        assertThat(html).contains("data-kind=\"stacked_area\"").contains("data-kind=\"lines\"")
                .contains("data-kind=\"step\"").contains("data-kind=\"bars\"");
        assertThat(count(html, "<polygon class=\"series\"")).isEqualTo(2);
        assertThat(count(html, "<polyline class=\"series\"")).isEqualTo(2);
        assertThat(count(html, "<rect class=\"series\"")).isEqualTo(3);
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("http:").doesNotContain("https:")
                .doesNotContain("src=").doesNotContain("url(").doesNotContain("@import").doesNotContain("<link")
                .doesNotContain("<img");
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }

    @Test
    void textIsEscapedEverywhere() {
        String html = HtmlReportWriter.render(sample(), "gen");
        assertThat(html).contains("<title>Run &quot;x&quot; &lt;1&gt;</title>")
                .contains("aria-label=\"Phones &lt;per&gt; state\"")
                .contains("<td>a&lt;b</td><td class=\"n\">1.5</td>")
                .contains("<caption>caption &amp; more</caption>")
                .doesNotContain("a<b");
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        assertThat(HtmlReportWriter.render(sample(), "g")).isEqualTo(HtmlReportWriter.render(sample(), "g"));
    }

    @Test
    void aStackedAreaSitsOnTheOneBelowIt() {
        String html = HtmlReportWriter.render(sample(), "g");
        Matcher m = Pattern.compile("<polygon class=\"series\" fill=\"[^\"]+\" points=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        String[] bottom = m.group(1).split(" ");
        assertThat(m.find()).isTrue();
        String[] top = m.group(1).split(" ");
        // The upper area's lower edge (its second half, reversed) is the lower area's upper edge.
        for (int i = 0; i < 4; i++) {
            assertThat(top[7 - i]).isEqualTo(bottom[i]);
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
