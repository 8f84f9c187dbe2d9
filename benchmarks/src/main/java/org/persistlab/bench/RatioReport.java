package org.persistlab.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns a JMH run into one line per (our benchmark, peer benchmark, parameter set):
 *
 * <pre>RATIO suite=calendar n=100000 ours=heapCalendar peer=priorityQueue value=3.412</pre>
 *
 * <p>{@code value} is how many times faster ours is: ours / peer for throughput scores, peer / ours for
 * time-per-operation scores, so it reads the same way whatever mode the suite ran in. Benchmarks are
 * named by their method name (the part after the last dot of JMH's benchmark name). The parameters of
 * the two results must match exactly; they are printed sorted by name, and parameter sets are ordered
 * numerically where the values are numbers.
 */
public final class RatioReport {

    /** Compare benchmark method {@code ours} with benchmark method {@code peer}. */
    public record Pair(String ours, String peer) {
        public Pair {
            Objects.requireNonNull(ours, "ours");
            Objects.requireNonNull(peer, "peer");
        }
    }

    private final String suite;
    private final List<Pair> pairs;

    public RatioReport(String suite, List<Pair> pairs) {
        this.suite = Objects.requireNonNull(suite, "suite");
        this.pairs = List.copyOf(pairs);
    }

    /** The RATIO lines, peers in the order given, parameter sets in ascending order for each. */
    public List<String> lines(Collection<RunResult> results) {
        // method name -> parameter key -> result
        Map<String, Map<ParamKey, RunResult>> byMethod = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            byMethod.computeIfAbsent(method, m -> new TreeMap<>()).put(ParamKey.of(result), result);
        }
        List<String> lines = new ArrayList<>();
        for (Pair pair : pairs) {
            Map<ParamKey, RunResult> ours = byMethod.getOrDefault(pair.ours(), Map.of());
            Map<ParamKey, RunResult> peers = byMethod.getOrDefault(pair.peer(), Map.of());
            for (Map.Entry<ParamKey, RunResult> entry : ours.entrySet()) {
                RunResult peer = peers.get(entry.getKey());
                if (peer != null) {
                    lines.add(line(entry.getKey(), pair, speedup(entry.getValue(), peer)));
                }
            }
        }
        return lines;
    }

    /** Prints {@link #lines(Collection)}, one per line. */
    public void print(Collection<RunResult> results, PrintStream out) {
        for (String line : lines(results)) {
            out.println(line);
        }
        out.flush();
    }

    private String line(ParamKey params, Pair pair, double value) {
        StringBuilder out = new StringBuilder("RATIO suite=").append(suite);
        for (Map.Entry<String, String> param : params.values().entrySet()) {
            out.append(' ').append(param.getKey()).append('=').append(param.getValue());
        }
        return out.append(" ours=").append(pair.ours())
                .append(" peer=").append(pair.peer())
                .append(" value=").append(String.format(Locale.ROOT, "%.3f", value))
                .toString();
    }

    /** How many times faster ours is than the peer. */
    static double speedup(RunResult ours, RunResult peer) {
        double a = ours.getPrimaryResult().getScore();
        double b = peer.getPrimaryResult().getScore();
        boolean higherIsBetter = ours.getParams().getMode() == Mode.Throughput;
        return higherIsBetter ? a / b : b / a;
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /** A result's parameters, sorted by name, ordered numerically when the values are numbers. */
    record ParamKey(TreeMap<String, String> values) implements Comparable<ParamKey> {

        static ParamKey of(RunResult result) {
            TreeMap<String, String> values = new TreeMap<>();
            for (String key : result.getParams().getParamsKeys()) {
                values.put(key, result.getParams().getParam(key));
            }
            return new ParamKey(values);
        }

        @Override
        public int compareTo(ParamKey other) {
            var mine = values.entrySet().iterator();
            var theirs = other.values.entrySet().iterator();
            while (mine.hasNext() && theirs.hasNext()) {
                var a = mine.next();
                var b = theirs.next();
                int byName = a.getKey().compareTo(b.getKey());
                if (byName != 0) {
                    return byName;
                }
                int byValue = VALUE_ORDER.compare(a.getValue(), b.getValue());
                if (byValue != 0) {
                    return byValue;
                }
            }
            return Boolean.compare(mine.hasNext(), theirs.hasNext());
        }

        /** Numbers by value (so 1000 < 100000), anything else alphabetically. */
        private static final Comparator<String> VALUE_ORDER = (a, b) -> {
            boolean numbers = NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches();
            return numbers ? Double.compare(Double.parseDouble(a), Double.parseDouble(b)) : a.compareTo(b);
        };
    }
}
