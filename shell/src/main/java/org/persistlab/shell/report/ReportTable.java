package org.persistlab.shell.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.persistlab.shell.format.Numbers;

/**
 * A table of formatted cells.
 *
 * @param numeric the indexes of columns holding numbers, right-aligned
 */
public record ReportTable(String caption, List<String> headers, List<List<String>> rows, Set<Integer> numeric)
        implements ReportBlock {
    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        numeric = Set.copyOf(numeric);
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException(r.size() + " cells for " + headers.size() + " columns in '"
                        + caption + "'");
            }
        }
    }

    public static Builder builder(String caption, String... headers) {
        return new Builder(caption, List.of(headers));
    }

    /** Builds a table row by row; cells are formatted with {@link Numbers#cell(Object)}. */
    public static final class Builder {
        private final String caption;
        private final List<String> headers;
        private final List<List<String>> rows = new ArrayList<>();
        private final java.util.TreeSet<Integer> numeric = new java.util.TreeSet<>();

        private Builder(String caption, List<String> headers) {
            this.caption = caption;
            this.headers = headers;
        }

        public Builder numeric(int... columns) {
            for (int c : columns) {
                numeric.add(c);
            }
            return this;
        }

        public Builder row(Object... cells) {
            List<String> r = new ArrayList<>(cells.length);
            for (Object c : cells) {
                r.add(Numbers.cell(c));
            }
            rows.add(r);
            return this;
        }

        public ReportTable build() {
            return new ReportTable(caption, headers, rows, numeric);
        }
    }
}
