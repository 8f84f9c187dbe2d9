package org.persistlab.bench.results;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One benchmark's result for one set of parameters, as JMH reported it, whether it comes from a run
 * just finished or from a JSON file written earlier.
 *
 * @param benchmark  the full name, {@code package.Class.method}
 * @param mode       JMH's short label: {@code thrpt}, {@code avgt}, {@code sample}, {@code ss}
 * @param params     the {@code @Param} values, sorted by name
 * @param error      the half-width of the 99.9% confidence interval, NaN with too few iterations
 * @param bytesPerOp {@code gc.alloc.rate.norm} from the GC profiler, NaN when it did not run
 * @param extras     the benchmark's own secondary figures (JMH aux counters: events, peak heap, ...), as the
 *                   mean per iteration
 */
public record Measurement(String benchmark, String mode, SortedMap<String, String> params, double score, double error,
                          String unit, double bytesPerOp, SortedMap<String, Double> extras) {
    public Measurement {
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
        extras = Collections.unmodifiableSortedMap(new TreeMap<>(extras));
    }

    /** A measurement with no figures beyond the score and the allocation. */
    public Measurement(String benchmark, String mode, SortedMap<String, String> params, double score, double error,
                       String unit, double bytesPerOp) {
        this(benchmark, mode, params, score, error, unit, bytesPerOp, new TreeMap<>());
    }

    /**
     * True for a secondary result that is the benchmark's own figure, not one of JMH's profilers'
     * ({@code gc.*}, {@code ·stack}, ...).
     */
    public static boolean isExtra(String secondaryName) {
        return !secondaryName.contains(".") && !secondaryName.startsWith("\u00b7");
    }

    /** The method name, the part after the last dot. */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** {@code Class.method}, short enough for a table. */
    public String shortName() {
        int m = benchmark.lastIndexOf('.');
        int c = benchmark.lastIndexOf('.', m - 1);
        return benchmark.substring(c + 1);
    }

    /** True when a larger score is better (operations per time) rather than worse (time per operation). */
    public boolean higherIsBetter() {
        return mode.equals("thrpt");
    }

    /** True when every parameter this one and the other both have takes the same value in both. */
    public boolean sharesParamsWith(Measurement other) {
        for (Map.Entry<String, String> e : params.entrySet()) {
            String v = other.params.get(e.getKey());
            if (v != null && !v.equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
