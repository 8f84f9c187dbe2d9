package org.persistlab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.persistlab.bench.results.Machine;
import org.persistlab.bench.results.Measurement;
import org.persistlab.bench.results.ResultsStore;
import org.persistlab.bench.results.RunRecord;

/**
 * The benchmarks jar's entry point: runs the named suites (all when none is named) through JMH, keeps
 * their JSON under {@code benchmarks/results/}, prints one RATIO line per peer at the end and
 * regenerates {@code benchmarks/README.md}. Exit status 0, 1 when a suite failed, 2 for bad arguments.
 */
public final class BenchMain {
    static final String JAR_COMMAND = "java -jar benchmarks/target/benchmarks.jar";
    /** A suite that needs sockets and SIPp, not JMH: {@code ./lab bench} runs it in the shell. */
    static final String SHELL_SUITE = "registration-rate";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final SuiteCatalog catalog;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final Path defaultResults;

    BenchMain(SuiteCatalog catalog, PrintStream out, PrintStream err, Clock clock, Path defaultResults) {
        this.catalog = catalog;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.defaultResults = defaultResults;
    }

    public static void main(String[] args) {
        BenchMain main = new BenchMain(SuiteCatalog.standard(), System.out, System.err, Clock.systemUTC(),
                defaultResultsDir());
        int status = main.execute(Arrays.asList(args));
        System.out.flush();
        System.exit(status);
    }

    int execute(List<String> argv) {
        BenchArgs args;
        try {
            args = BenchArgs.parse(argv);
        } catch (BenchArgs.UsageException e) {
            err.println("bench: " + e.getMessage());
            err.println("usage: " + BenchArgs.USAGE);
            return 2;
        }
        if (args.help()) {
            out.println("usage: " + BenchArgs.USAGE);
            printList();
            return 0;
        }
        if (args.list()) {
            printList();
            return 0;
        }
        if (args.suites().contains(SHELL_SUITE)) {
            err.println("bench: " + SHELL_SUITE + " runs SIPp against the gateway on sockets; run it with"
                    + " './lab bench " + SHELL_SUITE + "'");
            return 2;
        }
        List<String> unknown = args.suites().stream().filter(s -> catalog.find(s).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            err.println("bench: unknown suite" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + "; known suites: " + String.join(", ", catalog.names()) + ", and " + SHELL_SUITE
                    + " (run by ./lab bench)");
            return 2;
        }
        List<Suite> suites = args.suites().isEmpty() ? catalog.all()
                : args.suites().stream().map(s -> catalog.find(s).orElseThrow()).toList();
        return run(suites, args, JAR_COMMAND + (argv.isEmpty() ? "" : " " + String.join(" ", argv)));
    }

    int run(List<Suite> suites, BenchArgs args, String command) {
        ResultsStore store = new ResultsStore(args.resultsDir().orElse(defaultResults));
        SuiteRunner runner = new SuiteRunner(args.mode(), args.profilers(), out, VerboseMode.NORMAL);
        Machine machine = Machine.current();
        List<RatioLine> ratios = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            store.createDirectories();
        } catch (IOException e) {
            err.println("bench: cannot create " + store.dir() + ": " + e.getMessage());
            return 1;
        }
        for (Suite suite : suites) {
            Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            String stamp = STAMP.format(started);
            out.println("bench: suite " + suite.name() + " (" + args.mode().describeFor(suite) + ")");
            out.flush();
            try {
                List<Measurement> ms = runner.run(suite, store.json(suite.name(), stamp));
                Ratios.Outcome o = Ratios.compute(suite, ms);
                ratios.addAll(o.lines());
                problems.addAll(o.problems());
                store.publish(suite.name(), stamp, new RunRecord(suite.name(),
                        started.toString(), args.mode().describeFor(suite), command,
                        machine));
            } catch (RunnerException e) {
                problems.add(suite.name() + ": the run failed: " + rootMessage(e));
            } catch (IOException e) {
                problems.add(suite.name() + ": cannot write its results: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add(suite.name() + ": interrupted");
                break;
            }
        }
        regenerateReadme(store, problems);
        out.println();
        ratios.forEach(r -> out.println(r.format()));
        out.flush();
        problems.forEach(p -> err.println("bench: " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    private void regenerateReadme(ResultsStore store, List<String> problems) {
        Path readme = store.dir().toAbsolutePath().getParent().resolve("README.md");
        try {
            problems.addAll(ResultsReadme.write(store, catalog, readme));
            out.println("bench: results in " + store.dir() + ", table in " + readme);
        } catch (IOException e) {
            problems.add("cannot regenerate " + readme + ": " + e.getMessage());
        }
    }

    private void printList() {
        out.println("suites:");
        for (Suite s : catalog.all()) {
            out.printf("  %-18s %s%n", s.name(), s.summary());
            for (RatioPair p : s.ratios()) {
                out.printf("  %-18s   RATIO %s / %s%n", "", p.ours(), p.peer());
            }
        }
        out.printf("  %-18s RFC 7502 registration-rate search: SIPp against the gateway on loopback, UDP and TCP"
                + " (run by ./lab bench, only when named)%n", SHELL_SUITE);
        out.println("modes: " + RunMode.QUICK.describe() + "; " + RunMode.MEDIUM.describe() + "; "
                + RunMode.FULL.describe() + " (the default)");
    }

    /** JMH's own message, and what lies under it (the benchmark's exception, a profiler it could not find). */
    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = firstLine(t.getMessage() == null ? t.toString() : t.getMessage());
        return root == t ? top : top + " (" + firstLine(root.toString()) + ")";
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse(s);
    }

    /**
     * {@code benchmarks/results} beside the jar ({@code benchmarks/target/benchmarks.jar}); from classes
     * outside a jar (an IDE, the tests) the same path under the working directory.
     */
    static Path defaultResultsDir() {
        try {
            Path code = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.getFileName().toString().endsWith(".jar") && code.getParent() != null
                    && code.getParent().getParent() != null) {
                return code.getParent().getParent().resolve("results");
            }
        } catch (URISyntaxException | SecurityException e) {
            return Path.of("benchmarks", "results");
        }
        return Path.of("benchmarks", "results");
    }
}
