package org.persistlab.shell.format;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header row, columns padded to their widest cell, number columns
 * right-aligned. A table wider than the terminal is written as one block of "header value" lines
 * per row instead, so nothing is cut.
 */
public final class TextTable {
    private static final String GAP = "  ";
    private final String[] headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();
    private boolean header = true;

    public TextTable(String... headers) {
        this.headers = headers.clone();
        this.right = new boolean[headers.length];
    }

    /** Right-aligns the given columns (numbers). */
    public TextTable alignRight(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    /** Writes no header line: a list of "name value" rows. */
    public TextTable withoutHeader() {
        header = false;
        return this;
    }

    /** One row; each cell is written with {@link Numbers#cell(Object)}. */
    public TextTable row(Object... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.length + " columns");
        }
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = Numbers.cell(cells[i]);
        }
        rows.add(r);
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    private int[] widths() {
        int[] w = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            w[i] = header ? headers[i].length() : 0;
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        return w;
    }

    private int width() {
        int total = GAP.length() * (headers.length - 1);
        for (int w : widths()) {
            total += w;
        }
        return total;
    }

    public void write(PrintWriter out, String indent, int maxWidth) {
        if (indent.length() + width() <= maxWidth) {
            int[] w = widths();
            if (header) {
                line(out, indent, headers, w);
            }
            for (String[] r : rows) {
                line(out, indent, r, w);
            }
            return;
        }
        for (String[] r : rows) {
            out.println(indent + headers[0] + " " + r[0]);
            TextTable block = new TextTable("", "").withoutHeader();
            for (int i = 1; i < headers.length; i++) {
                block.row(headers[i], r[i]);
            }
            int[] w = block.widths();
            block.rows.forEach(cells -> line(out, indent + "  ", cells, w));
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
