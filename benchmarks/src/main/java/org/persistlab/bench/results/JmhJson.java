package org.persistlab.bench.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the measurements out of a JSON file JMH wrote with {@code -rf json}. */
public final class JmhJson {
    private static final String GC_ALLOC_NORM = "gc.alloc.rate.norm";

    private JmhJson() {
    }

    /**
     * @throws IOException when the file cannot be read, or is not a JMH result file (the message names
     *                     the file and says where it went wrong)
     */
    public static List<Measurement> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return measurements(Json.parse(text));
        } catch (Json.MalformedJsonException | ClassCastException | NullPointerException e) {
            throw new IOException(file + ": not a JMH JSON result file (" + e.getMessage() + ")", e);
        }
    }

    /** The same, for JSON text already in memory. */
    public static List<Measurement> parse(String text) throws Json.MalformedJsonException {
        return measurements(Json.parse(text));
    }

    @SuppressWarnings("unchecked")
    private static List<Measurement> measurements(Object root) {
        List<Measurement> out = new ArrayList<>();
        for (Object o : (List<Object>) root) {
            Map<String, Object> run = (Map<String, Object>) o;
            Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
            TreeMap<String, String> params = new TreeMap<>();
            Object p = run.get("params");
            if (p != null) {
                ((Map<String, Object>) p).forEach((k, v) -> params.put(k, String.valueOf(v)));
            }
            double alloc = Double.NaN;
            TreeMap<String, Double> extras = new TreeMap<>();
            Object secondary = run.get("secondaryMetrics");
            if (secondary != null) {
                for (Map.Entry<String, Object> e : ((Map<String, Object>) secondary).entrySet()) {
                    Map<String, Object> metric = (Map<String, Object>) e.getValue();
                    if (e.getKey().equals(GC_ALLOC_NORM)) {
                        alloc = number(metric.get("score"));
                    } else if (Measurement.isExtra(e.getKey())) {
                        extras.put(e.getKey(), meanOfRawData(metric));
                    }
                }
            }
            out.add(new Measurement((String) run.get("benchmark"), (String) run.get("mode"), params,
                    number(primary.get("score")), number(primary.get("scoreError")),
                    (String) primary.get("scoreUnit"), alloc, extras));
        }
        return out;
    }

    /**
     * The mean of every fork's every iteration: JMH's score for an aux counter is their sum, which
     * would double with two forks. The score itself when there is no raw data.
     */
    @SuppressWarnings("unchecked")
    private static double meanOfRawData(Map<String, Object> metric) {
        Object raw = metric.get("rawData");
        double sum = 0;
        int n = 0;
        if (raw instanceof List<?> forks) {
            for (Object fork : forks) {
                for (Object v : (List<Object>) fork) {
                    sum += number(v);
                    n++;
                }
            }
        }
        return n == 0 ? number(metric.get("score")) : sum / n;
    }

    /** JMH writes a number, or the string "NaN" when there is none (an error from a single iteration). */
    private static double number(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
