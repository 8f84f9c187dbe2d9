package org.persistlab.shell.report;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes a {@link SeriesTable} the way SIPp's {@code -trace_stat} writes its statistics file, so the
 * tools people already point at SIPp output read it: one row per second, fields separated and ended
 * by {@code ;}, and every counter twice, {@code NAME(P)} for the period (this second) and
 * {@code NAME(C)} for the cumulative count since the start. Gauges (phones in a state) are one
 * column, as SIPp writes {@code CurrentCall}.
 *
 * <p>Columns: {@code Second} (the row's second: since the run's start, or since the Unix epoch for
 * a capture), {@code ElapsedTime(P)} and {@code ElapsedTime(C)} in SIPp's {@code HH:MM:SS:uuuuuu}
 * form, then the table's columns in order.
 */
public final class CsvSeriesWriter {
    private CsvSeriesWriter() {
    }

    public static void write(SeriesTable table, PrintWriter out) {
        StringBuilder head = new StringBuilder("Second;ElapsedTime(P);ElapsedTime(C);");
        for (SeriesTable.Column c : table.columns()) {
            String name = c.name().replace(';', ',');
            if (c.counter()) {
                head.append(name).append("(P);").append(name).append("(C);");
            } else {
                head.append(name).append(';');
            }
        }
        out.print(head.append("\n"));
        long[] cumulative = new long[table.columns().size()];
        for (int s = 0; s < table.seconds(); s++) {
            StringBuilder row = new StringBuilder();
            row.append(table.startSecond() + s).append(';').append(elapsed(1)).append(';').append(elapsed(s + 1))
                    .append(';');
            for (int k = 0; k < table.columns().size(); k++) {
                SeriesTable.Column c = table.columns().get(k);
                long v = c.at(s);
                if (c.counter()) {
                    cumulative[k] += v;
                    row.append(v).append(';').append(cumulative[k]).append(';');
                } else {
                    row.append(v).append(';');
                }
            }
            out.print(row.append("\n"));
        }
        out.flush();
    }

    private static String elapsed(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d:000000", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }
}
