package org.persistlab.shell.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicReference;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.format.Numbers;
import org.persistlab.shell.format.ProgressBar;
import org.persistlab.shell.format.TextTable;
import org.persistlab.shell.format.TreePaths;
import org.persistlab.shell.report.ReportSection;
import org.persistlab.shell.report.ReportTable;
import org.persistlab.sim.kernel.RunOutcome;
import org.persistlab.sim.kernel.stats.MetricSummary;
import org.persistlab.sim.kernel.stats.ReplicationFailure;
import org.persistlab.sim.kernel.stats.ReplicationReport;
import org.persistlab.sim.kernel.stats.ReplicationRunner;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.Scenario;

/**
 * Replications of one scenario: replication i runs with seed {@code seed + i}, one simulator per
 * core; every number of each run's report is a metric, summarised as its mean with a 95 % Student-t
 * confidence interval. The summary depends only on the scenario, the seed and the count.
 */
final class Replications {
    /** The metrics the text report shows; the JSON and HTML reports have every one. */
    private static final List<String> KEY_METRICS = List.of("truth.failover_ms.p50", "truth.failover_ms.p90",
            "truth.failover_ms.p99", "truth.failover_ms.max", "truth.failed_over", "truth.no_service_ms.p50",
            "truth.no_service_ms.p99", "truth.emergency_blackout_ms.p99", "licenses.licensed",
            "licenses.emergency_only", "licenses.refused", "ipo.register_peak_per_s", "ipo.amplification",
            "aco.register_peak_per_s", "aco.failback_peak_per_s", "calls.attempts", "calls.failed");

    /** What the replications found: the summary per metric, and any that failed. */
    record Summary(int count, long firstSeed, SortedMap<String, MetricSummary> metrics,
                   List<ReplicationFailure> failures) {

        Map<String, Object> toTree() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", (long) count);
            m.put("seeds", firstSeed + ".." + (firstSeed + count - 1));
            m.put("failed", (long) failures.size());
            Map<String, Object> metricsTree = new LinkedHashMap<>();
            metrics.forEach((name, s) -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("mean", s.mean());
                one.put("ci95", s.halfWidth95());
                one.put("sd", s.standardDeviation());
                one.put("min", s.min());
                one.put("max", s.max());
                one.put("n", (long) s.n());
                metricsTree.put(name, one);
            });
            m.put("metrics", metricsTree);
            return m;
        }

        void write(PrintWriter out, int width) {
            RunText.title(out, count + " replications (seeds " + firstSeed + ".." + (firstSeed + count - 1)
                    + "): mean and 95% confidence interval", width);
            TextTable t = new TextTable("metric", "mean", "± 95% CI", "min", "max", "n").alignRight(1, 2, 3, 4, 5);
            for (String name : KEY_METRICS) {
                MetricSummary s = metrics.get(name);
                if (s != null) {
                    t.row(name, round(s.mean()), round(s.halfWidth95()), round(s.min()), round(s.max()), s.n());
                }
            }
            t.write(out, "  ", width);
            out.println("  (every metric is in 'export json' and 'export html')");
            failures.forEach(f -> out.println("  replication " + f.index() + " failed: " + f.error()));
        }

        ReportSection section() {
            ReportTable.Builder t = ReportTable.builder("", "metric", "mean", "± 95% CI", "sd", "min", "max", "n")
                    .numeric(1, 2, 3, 4, 5, 6);
            metrics.forEach((name, s) -> t.row(name, round(s.mean()), round(s.halfWidth95()),
                    round(s.standardDeviation()), round(s.min()), round(s.max()), s.n()));
            return new ReportSection(count + " replications", "Seeds " + firstSeed + " to " + (firstSeed + count - 1)
                    + "; the charts above show the first. Each metric: mean over the replications with the half-width"
                    + " of its 95% Student-t confidence interval.", List.of(t.build()));
        }
    }

    /** The first replication's report tree, and the summary over all. */
    record Outcome(Map<String, Object> firstTree, Summary summary) {
    }

    private Replications() {
    }

    private static String round(double v) {
        return Double.isNaN(v) ? "-" : Numbers.decimal(v, 3);
    }

    static Outcome run(Scenario scenario, long seed, int count, Path baseDir, CommandContext ctx)
            throws LabException, InterruptedException {
        // Fail early, on this thread, with the scenario's own message.
        SimulationRunner.create(scenario, seed, baseDir);
        AtomicReference<Map<String, Object>> first = new AtomicReference<>();
        ReplicationReport report;
        try (ProgressBar bar = new ProgressBar(ctx.err(), ctx.interactive(), ctx.width(), System::nanoTime)) {
            bar.update(0, "0 / " + count + " replications", 0, "runs/s");
            report = new ReplicationRunner().run(count, index -> {
                Simulation sim = Simulation.create(scenario, seed + index, baseDir);
                sim.setProgressListener((now, events) -> {
                    if (ctx.cancel().isCancelled()) {
                        sim.pause();
                    }
                }, SimulationRunner.PROGRESS_EVERY);
                if (ctx.cancel().isCancelled() || sim.run() == RunOutcome.PAUSED) {
                    throw new IllegalStateException("stopped by Ctrl-C");
                }
                Map<String, Object> tree = sim.report().toTree();
                if (index == 0) {
                    first.set(tree);
                }
                return metrics(tree);
            }, done -> bar.update(done / (double) count, done + " / " + count + " replications", done, "runs/s"));
        }
        if (ctx.cancel().isCancelled()) {
            throw new LabException("stopped by Ctrl-C after " + report.results().size() + " of " + count
                    + " replications");
        }
        if (first.get() == null) {
            String why = report.failures().isEmpty() ? "no result" : report.failures().get(0).error();
            throw new LabException("the first replication failed: " + why);
        }
        return new Outcome(first.get(), new Summary(count, seed, report.summaries(), report.failures()));
    }

    /** Every number of a run's report except the seed, which differs by construction. */
    static Map<String, Double> metrics(Map<String, Object> tree) {
        Map<String, Double> m = new LinkedHashMap<>();
        TreePaths.numbers(tree).forEach((path, n) -> {
            if (n != null && !path.equals("seed")) {
                m.put(path, n.doubleValue());
            }
        });
        return m;
    }
}
