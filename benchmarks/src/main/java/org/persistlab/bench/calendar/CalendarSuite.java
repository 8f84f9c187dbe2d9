package org.persistlab.bench.calendar;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.persistlab.bench.RatioPair;
import org.persistlab.bench.RatioReport;
import org.persistlab.bench.Suite;
import org.persistlab.sim.kernel.Durations;
import org.persistlab.sim.kernel.SpecParseException;

/**
 * Runs the event-calendar suite ({@link HoldModelBenchmark}) through the JMH Runner API, prints an
 * events/s table, and prints the RATIO lines last.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.persistlab.bench.calendar.CalendarSuite [options]
 *   --quick              1 fork, 1 warm-up and 2 measured iterations of 1 s (a smoke run)
 *   --forks N            JMH forks per benchmark and N (default 1)
 *   --warmup N           warm-up iterations (default 2)
 *   --iterations N       measured iterations (default 3)
 *   --time D             length of each iteration, such as 2s or 500ms (default 2s)
 *   --n 1000,100000      populations to run (default 1000,10000,100000,1000000)
 *   --with-simulator     also measure the full Simulator loop
 * </pre>
 */
public final class CalendarSuite {

    static final String SUITE = "calendar";
    static final String OURS = "heapCalendar";
    static final List<String> PEERS = List.of("priorityQueue", "ssjSplayTree");
    private static final String USAGE = "usage: CalendarSuite [--quick] [--forks N] [--warmup N] [--iterations N]"
            + " [--time 2s] [--n 1000,100000] [--with-simulator]";

    private CalendarSuite() {
    }

    /**
     * The suite as {@code lab bench calendar} runs it (through {@code BenchMain}): the three calendars
     * at every N, in a fixed 1 GB heap; quick and smoke runs take N = 1,000 and 100,000 only.
     */
    public static Suite suite() {
        return new Suite(SUITE, "hold-model events per second at N = 1e3..1e6: our HeapCalendar vs"
                + " java.util.PriorityQueue and SSJ's SplayTree",
                "^" + HoldModelBenchmark.class.getName().replace(".", "\\.") + "\\.(" + OURS + "|"
                        + String.join("|", PEERS) + ")$",
                PEERS.stream().map(p -> new RatioPair(OURS, p)).toList(), List.of("-Xms1g", "-Xmx1g"), false,
                Map.of("n", "1000,100000"));
    }

    /** What to run, read from the command line. */
    record Settings(int forks, int warmup, int iterations, long iterationNanos, String[] populations,
                    boolean withSimulator) {

        static Settings parse(String[] args) {
            int forks = 1;
            int warmup = 2;
            int iterations = 3;
            long time = Durations.parse("2s");
            String[] populations = {"1000", "10000", "100000", "1000000"};
            boolean withSimulator = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--quick" -> {
                        forks = 1;
                        warmup = 1;
                        iterations = 2;
                        time = Durations.parse("1s");
                    }
                    case "--forks" -> forks = positive(arg, value(args, ++i, arg));
                    case "--warmup" -> warmup = positive(arg, value(args, ++i, arg));
                    case "--iterations" -> iterations = positive(arg, value(args, ++i, arg));
                    case "--time" -> time = duration(value(args, ++i, arg));
                    case "--n" -> populations = populations(value(args, ++i, arg));
                    case "--with-simulator" -> withSimulator = true;
                    default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
            }
            return new Settings(forks, warmup, iterations, time, populations, withSimulator);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static int positive(String option, String text) {
            try {
                int value = Integer.parseInt(text);
                if (value >= 1) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs a whole number of at least 1, not '" + text + "'");
        }

        private static long duration(String text) {
            try {
                long nanos = Durations.parse(text);
                if (nanos >= Durations.NANOS_PER_MILLI) {
                    return nanos;
                }
                throw new IllegalArgumentException("--time must be at least 1ms, not '" + text + "'");
            } catch (SpecParseException e) {
                throw new IllegalArgumentException("--time: " + e.getMessage());
            }
        }

        private static String[] populations(String text) {
            String[] values = text.split(",");
            for (String value : values) {
                positive("--n", value.trim());
            }
            return values;
        }
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("CalendarSuite: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options(settings).build()).run();
        } catch (RunnerException e) {
            // Most often another JMH run holds /tmp/jmh.lock: say so without a stack trace.
            System.err.println("CalendarSuite: JMH could not run: " + e.getMessage());
            System.exit(1);
            return;
        }
        printTable(results, System.out);
        List<RatioReport.Pair> pairs = new ArrayList<>();
        for (String peer : PEERS) {
            pairs.add(new RatioReport.Pair(OURS, peer));
        }
        new RatioReport(SUITE, pairs).print(results, System.out);
    }

    static ChainedOptionsBuilder options(Settings settings) {
        String methods = OURS + "|" + String.join("|", PEERS) + (settings.withSimulator() ? "|simulator" : "");
        TimeValue time = TimeValue.milliseconds(TimeUnit.NANOSECONDS.toMillis(settings.iterationNanos()));
        return new OptionsBuilder()
                .include("^" + HoldModelBenchmark.class.getName().replace(".", "\\.") + "\\.(" + methods + ")$")
                .param("n", settings.populations())
                .forks(settings.forks())
                .warmupIterations(settings.warmup())
                .warmupTime(time)
                .measurementIterations(settings.iterations())
                .measurementTime(time)
                // A fixed heap, so that the 1e6-event runs neither resize the heap nor compete for memory.
                .jvmArgs("-Xms1g", "-Xmx1g");
    }

    /** Events per second: one row per benchmark, one column per N. */
    static void printTable(Collection<RunResult> results, PrintStream out) {
        Map<String, Map<Integer, String>> rows = new TreeMap<>();
        Map<Integer, Boolean> columns = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            int n = Integer.parseInt(result.getParams().getParam("n"));
            double score = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            String cell = Double.isNaN(error)
                    ? String.format(Locale.ROOT, "%.2f M", score / 1e6)
                    : String.format(Locale.ROOT, "%.2f M ± %.2f", score / 1e6, error / 1e6);
            rows.computeIfAbsent(method, m -> new TreeMap<>()).put(n, cell);
            columns.put(n, true);
        }
        out.println();
        out.println("Hold model, events per second (JMH throughput, mean ± 99.9 % error, M = 10^6)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s", "calendar"));
        for (int n : columns.keySet()) {
            header.append(String.format(Locale.ROOT, "%22s", "n=" + n));
        }
        out.println(header);
        for (Map.Entry<String, Map<Integer, String>> row : rows.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s", row.getKey()));
            for (int n : columns.keySet()) {
                line.append(String.format(Locale.ROOT, "%22s", row.getValue().getOrDefault(n, "-")));
            }
            out.println(line);
        }
        out.println();
    }
}
