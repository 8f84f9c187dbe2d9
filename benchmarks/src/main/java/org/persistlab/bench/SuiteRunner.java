package org.persistlab.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.persistlab.bench.results.Measurement;

/**
 * Runs one suite through JMH's Runner API in the given mode, writing JMH's JSON to a file, with the GC
 * profiler always on so every result carries its bytes per operation. Forks run one after another:
 * the machines are shared.
 */
public final class SuiteRunner {
    private static final String GC_ALLOC_NORM = "gc.alloc.rate.norm";
    private static final long LOCK_WAIT_MILLIS = 30 * 60 * 1000L;

    private final RunMode mode;
    private final List<String> profilers;
    private final PrintStream log;
    private final VerboseMode verbosity;

    /**
     * @param profilers extra JMH profilers by name ({@code stack}, {@code perfasm}, ...); {@code gc} is always on
     * @param log       where JMH's progress goes
     */
    public SuiteRunner(RunMode mode, List<String> profilers, PrintStream log, VerboseMode verbosity) {
        this.mode = mode;
        this.profilers = List.copyOf(profilers);
        this.log = log;
        this.verbosity = verbosity;
    }

    /**
     * Waits (up to half an hour) while another JMH run holds the machine, then runs the suite.
     *
     * @throws RunnerException when a benchmark fails or none matches the suite's pattern
     */
    public List<Measurement> run(Suite suite, Path jsonFile) throws RunnerException, InterruptedException {
        JmhLock.awaitFree(LOCK_WAIT_MILLIS, log);
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(suite.include())
                .forks(mode.forks())
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(jsonFile.toString())
                .addProfiler(GCProfiler.class);
        if (suite.singleShot()) {
            b.mode(Mode.SingleShotTime).warmupIterations(0).measurementIterations(1);
        } else {
            b.warmupIterations(mode.warmupIterations())
                    .warmupTime(TimeValue.milliseconds(mode.warmupMillis()))
                    .measurementIterations(mode.measurementIterations())
                    .measurementTime(TimeValue.milliseconds(mode.measurementMillis()));
        }
        if (mode.smallInputs()) {
            suite.smallParams().forEach((name, values) -> b.param(name, values.split(",")));
        }
        for (String p : profilers) {
            if (!p.equals("gc")) {
                b.addProfiler(p);
            }
        }
        if (!suite.jvmArgs().isEmpty()) {
            b.jvmArgsAppend(suite.jvmArgs().toArray(String[]::new));
        }
        Collection<RunResult> results = new Runner(b.build(),
                OutputFormatFactory.createFormatInstance(log, verbosity)).run();
        List<Measurement> out = new ArrayList<>();
        for (RunResult r : results) {
            out.add(measurement(r));
        }
        return out;
    }

    static Measurement measurement(RunResult r) {
        TreeMap<String, String> params = new TreeMap<>();
        for (String k : r.getParams().getParamsKeys()) {
            params.put(k, r.getParams().getParam(k));
        }
        Result<?> primary = r.getPrimaryResult();
        Result<?> alloc = r.getSecondaryResults().get(GC_ALLOC_NORM);
        TreeMap<String, Double> extras = new TreeMap<>();
        r.getSecondaryResults().forEach((name, result) -> {
            if (Measurement.isExtra(name)) {
                // The mean per iteration: JMH sums aux counters over forks.
                extras.put(name, result.getStatistics().getMean());
            }
        });
        return new Measurement(r.getParams().getBenchmark(), r.getParams().getMode().shortLabel(), params,
                primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                alloc == null ? Double.NaN : alloc.getScore(), extras);
    }
}
