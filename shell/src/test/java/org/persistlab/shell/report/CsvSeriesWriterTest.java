package org.persistlab.shell.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvSeriesWriterTest {
    @Test
    void countersArePeriodicAndCumulativeGaugesOneColumnOneRowPerSecond() {
        SeriesTable t = new SeriesTable.Builder(100)
                .counter("REGISTER@ACO", new long[] {1, 0, 2, 5})
                .counter("INVITE", new long[] {3})
                .gauge("Phones_on_aco", new long[] {10, 9})
                .build();
        StringWriter sw = new StringWriter();
        CsvSeriesWriter.write(t, new PrintWriter(sw));
        assertThat(sw.toString()).isEqualTo(
                "Second;ElapsedTime(P);ElapsedTime(C);REGISTER@ACO(P);REGISTER@ACO(C);INVITE(P);INVITE(C);"
                        + "Phones_on_aco;\n"
                        + "100;00:00:01:000000;00:00:01:000000;1;1;3;3;10;\n"
                        + "101;00:00:01:000000;00:00:02:000000;0;1;0;3;9;\n"
                        + "102;00:00:01:000000;00:00:03:000000;2;3;0;3;9;\n"
                        + "103;00:00:01:000000;00:00:04:000000;5;8;0;3;9;\n");
    }

    @Test
    void aSemicolonInANameCannotShiftTheColumns() {
        SeriesTable t = new SeriesTable.Builder(0).counter("a;b", new long[] {1}).build();
        StringWriter sw = new StringWriter();
        CsvSeriesWriter.write(t, new PrintWriter(sw));
        assertThat(sw.toString().lines().findFirst().orElseThrow()).isEqualTo(
                "Second;ElapsedTime(P);ElapsedTime(C);a,b(P);a,b(C);");
    }
}
