package org.persistlab.shell.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {
    private static String write(TextTable t, int width) {
        StringWriter sw = new StringWriter();
        t.write(new PrintWriter(sw), "  ", width);
        return sw.toString();
    }

    @Test
    void columnsArePaddedAndNumbersRightAligned() {
        TextTable t = new TextTable("metric", "value", "unit").alignRight(1)
                .row("REGISTER peak", 123L, "/s").row("IRA", 0.5, "%").row("absent", null, "");
        assertThat(write(t, 100)).isEqualTo("""
                  metric         value  unit
                  REGISTER peak    123  /s
                  IRA              0.5  %
                  absent             -
                """);
    }

    @Test
    void aTableTooWideBecomesOneBlockPerRow() {
        TextTable t = new TextTable("phone", "primary", "latency").row("10.0.0.1", "198.51.100.10:5060", 48.5);
        assertThat(write(t, 30)).isEqualTo("""
                  phone 10.0.0.1
                    primary  198.51.100.10:5060
                    latency  48.5
                """);
    }

    @Test
    void numbersAreWrittenWithoutExponentOrLocale() {
        assertThat(Numbers.decimal(1234567.891, 3)).isEqualTo("1234567.891");
        assertThat(Numbers.decimal(0.1 + 0.2, 3)).isEqualTo("0.3");
        assertThat(Numbers.decimal(-0.0001, 3)).isEqualTo("0");
        assertThat(Numbers.decimal(1e20, 0)).isEqualTo("100000000000000000000");
        assertThat(Numbers.compact(1_234_000)).isEqualTo("1.23M");
        assertThat(Numbers.compact(950)).isEqualTo("950");
        assertThat(Numbers.clock(3_725_000_000_000L)).isEqualTo("1h02m");
        assertThat(Numbers.clock(187_000_000_000L)).isEqualTo("3m07s");
    }
}
