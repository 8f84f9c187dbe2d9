package org.persistlab.analyzer.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table: a header row, columns padded to their widest cell, chosen columns right-aligned. */
final class TextTable {
    private static final String GAP = "  ";
    private final String[] headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = headers.clone();
        this.right = new boolean[headers.length];
    }

    /** Right-aligns the given columns (numbers). */
    TextTable alignRight(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    TextTable row(Object... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.length + " columns");
        }
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = text(cells[i]);
        }
        rows.add(r);
        return this;
    }

    /** Absent values as "-", doubles with exactly 3 decimals (the report's precision). */
    static String text(Object cell) {
        if (cell == null) {
            return "-";
        }
        if (cell instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }
        return cell.toString();
    }

    private int[] widths() {
        int[] w = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            w[i] = headers[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        return w;
    }

    /** The width of the widest line, indent excluded. */
    int width() {
        int total = 0;
        for (int w : widths()) {
            total += w;
        }
        return total + GAP.length() * (headers.length - 1);
    }

    /**
     * Writes the table if it fits in {@code maxWidth} columns; otherwise each row as a block: its
     * first cell after the first header, then one "header value" line per other column.
     */
    void write(PrintWriter out, String indent, int maxWidth) {
        if (indent.length() + width() <= maxWidth) {
            write(out, indent);
            return;
        }
        for (String[] r : rows) {
            TextTable block = new TextTable(headers[0] + " " + r[0], "").alignRight(1);
            for (int i = 1; i < headers.length; i++) {
                block.row(headers[i], r[i]);
            }
            block.write(out, indent);
        }
    }

    void write(PrintWriter out, String indent) {
        int[] w = widths();
        line(out, indent, headers, w);
        for (String[] r : rows) {
            line(out, indent, r, w);
        }
    }

    private void line(PrintWriter out, String indent, String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder(indent);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(GAP);
            }
            String pad = " ".repeat(w[i] - cells[i].length());
            sb.append(right[i] ? pad + cells[i] : cells[i] + pad);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        out.println(sb.substring(0, end));
    }
}
