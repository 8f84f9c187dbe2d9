package org.persistlab.shell.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-second time series sharing one clock, the input of {@link CsvSeriesWriter}.
 *
 * @param startSecond the first row's second (since the run started, or since the Unix epoch for a capture)
 * @param seconds     how many rows
 * @param columns     counters (events per second) and gauges (a level at the end of each second)
 */
public record SeriesTable(long startSecond, int seconds, List<Column> columns) {
    public SeriesTable {
        columns = List.copyOf(columns);
        for (Column c : columns) {
            if (c.values().length > seconds) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.values().length
                        + " values for " + seconds + " seconds");
            }
        }
    }

    /**
     * One column.
     *
     * @param counter true for events per second (written periodic and cumulative), false for a level
     * @param values  one per second from the table's start; missing trailing seconds count as 0 for a
     *                counter and keep the last level for a gauge
     */
    public record Column(String name, boolean counter, long[] values) {
        public Column {
            values = values.clone();
        }

        public long at(int second) {
            if (second < values.length) {
                return values[second];
            }
            return counter || values.length == 0 ? 0 : values[values.length - 1];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Column c && c.name.equals(name) && c.counter == counter
                    && Arrays.equals(c.values, values);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Column[" + name + (counter ? ", counter, " : ", gauge, ") + values.length + " values]";
        }
    }

    /** Collects columns; the table spans the longest. */
    public static final class Builder {
        private final long startSecond;
        private final List<Column> columns = new ArrayList<>();

        public Builder(long startSecond) {
            this.startSecond = startSecond;
        }

        public Builder counter(String name, long[] perSecond) {
            columns.add(new Column(name, true, perSecond));
            return this;
        }

        public Builder gauge(String name, long[] levels) {
            columns.add(new Column(name, false, levels));
            return this;
        }

        public SeriesTable build() {
            int n = columns.stream().mapToInt(c -> c.values().length).max().orElse(0);
            return new SeriesTable(startSecond, n, columns);
        }
    }
}
