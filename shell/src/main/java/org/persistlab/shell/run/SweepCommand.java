package org.persistlab.shell.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.shell.cli.UsageException;
import org.persistlab.shell.format.ProgressBar;
import org.persistlab.shell.session.Parameters;
import org.persistlab.shell.session.Session;
import org.persistlab.sim.kernel.RunOutcome;
import org.persistlab.sim.kernel.stats.ReplicationFailure;
import org.persistlab.sim.kernel.stats.ReplicationReport;
import org.persistlab.sim.kernel.stats.ReplicationResult;
import org.persistlab.sim.kernel.stats.ReplicationRunner;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.ParamDef;
import org.persistlab.sim.scenario.Params;
import org.persistlab.sim.scenario.Scenario;

/**
 * {@code sweep NAME FROM..TO [step S]}: one run per value of a parameter, all with the scenario's
 * seed, on all cores; a table of the main metrics per value and a bar chart of one of them.
 */
public final class SweepCommand implements Command {
    private static final String DEFAULT_METRIC = "truth.failover_ms.p99";
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("sweep", "run the scenario for each value of a parameter")
            .description("Runs one simulation per value, all with the scenario's seed (common random numbers),"
                    + " on all cores, then prints a table of the main metrics per value and a bar chart of one"
                    + " (--metric, a path of the JSON report). Values: FROM..TO with an optional 'step S' for"
                    + " numbers, durations, fractions, percentages and rates (without a step: one by one up to ten"
                    + " whole numbers, otherwise five points), or a list a,b,c for any parameter.")
            .positional(PositionalSpec.required("NAME", "the parameter to vary", Completion.PARAMETER))
            .positional(PositionalSpec.required("FROM..TO", "a range, or a list a,b,c", Completion.NONE))
            .positional(PositionalSpec.many("step S", "the step between values of a range", true, Completion.NONE)
                    .withWords("step"))
            .option(OptionSpec.value("--metric", "PATH", "the metric charted").withDefault(DEFAULT_METRIC))
            .example("sweep outage.duration 5m..25m step 5m")
            .example("sweep licenses 150..200 step 10")
            .example("sweep failback.policy auto,admin")
            .build();

    public SweepCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException, UsageException, InterruptedException {
        List<String> args = inv.positionals();
        ParamDef p = Parameters.find(args.get(0));
        String step = null;
        if (args.size() > 2) {
            if (args.size() != 4 || !args.get(2).equals("step")) {
                throw new UsageException("after the range, only 'step S' may follow");
            }
            step = args.get(3);
        }
        List<String> values = SweepPoints.of(p, args.get(1), step);
        CommandContext ctx = inv.context();
        Scenario base = session.scenario();
        long seed = base.integer(Params.SEED);
        Path dir = session.scenarioDir().orElse(ctx.workingDir());
        for (String v : values) {
            // Every point is built before any runs, so a value that breaks the scenario fails at once.
            SimulationRunner.create(base.with(p, v), seed, dir);
        }
        ReplicationReport report;
        try (ProgressBar bar = new ProgressBar(ctx.err(), ctx.interactive(), ctx.width(), System::nanoTime)) {
            report = new ReplicationRunner().run(values.size(), index -> {
                Simulation sim = Simulation.create(base.with(p, values.get(index)), seed, dir);
                sim.setProgressListener((now, events) -> {
                    if (ctx.cancel().isCancelled()) {
                        sim.pause();
                    }
                }, SimulationRunner.PROGRESS_EVERY);
                if (ctx.cancel().isCancelled() || sim.run() == RunOutcome.PAUSED) {
                    throw new IllegalStateException("stopped by Ctrl-C");
                }
                return Replications.metrics(sim.report().toTree());
            }, done -> bar.update(done / (double) values.size(), done + " / " + values.size() + " points", done,
                    "runs/s"));
        }
        if (ctx.cancel().isCancelled()) {
            throw new LabException("stopped by Ctrl-C after " + report.results().size() + " of " + values.size()
                    + " points");
        }
        List<Map<String, Double>> points = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(null);
            failures.add(null);
        }
        for (ReplicationResult r : report.results()) {
            points.set(r.index(), r.metrics());
        }
        for (ReplicationFailure f : report.failures()) {
            failures.set(f.index(), f.error());
        }
        String metric = inv.option("--metric").orElse(DEFAULT_METRIC);
        SweepResult result = new SweepResult(base, p, seed, values, points, failures, metric);
        Session.Entry e = session.add(result);
        inv.out().println("sweep #" + e.number() + ": " + result.label());
        result.writeText(inv.out(), ctx.width());
        return report.failures().isEmpty() ? ExitStatus.OK : ExitStatus.FAILURE;
    }
}
