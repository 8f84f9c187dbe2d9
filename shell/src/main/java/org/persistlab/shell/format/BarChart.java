package org.persistlab.shell.format;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars in the terminal, one per labelled value, with eighth-block resolution:
 * {@code  30-35 s │██████████▌ 21}. The longest bar fills the width left after labels and values.
 */
public final class BarChart {
    private static final char[] EIGHTHS = {'▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'};
    private final List<String> labels = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    public BarChart bar(String label, double value, String valueText) {
        if (value < 0 || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a bar needs a finite value >= 0, not " + value);
        }
        labels.add(label);
        values.add(value);
        texts.add(valueText);
        return this;
    }

    public void write(PrintWriter out, String indent, int width) {
        int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0);
        int textWidth = texts.stream().mapToInt(String::length).max().orElse(0);
        int room = Math.max(10, width - indent.length() - labelWidth - textWidth - 4);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (int i = 0; i < labels.size(); i++) {
            String bar = max <= 0 ? "" : bar(values.get(i) / max * room);
            out.println(indent + pad(labels.get(i), labelWidth) + " │" + bar + " " + texts.get(i));
        }
    }

    /** {@code cells} character cells of bar, in whole blocks and one partial eighth. */
    static String bar(double cells) {
        int eighths = (int) Math.round(cells * 8);
        StringBuilder sb = new StringBuilder();
        sb.append("█".repeat(eighths / 8));
        if (eighths % 8 != 0) {
            sb.append(EIGHTHS[eighths % 8 - 1]);
        }
        return sb.toString();
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(w - s.length());
    }
}
