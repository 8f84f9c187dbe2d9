package org.persistlab.shell.run;

import java.nio.file.Path;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.UsageException;
import org.persistlab.shell.format.Numbers;
import org.persistlab.shell.session.Session;
import org.persistlab.sim.kernel.RunOutcome;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.Params;
import org.persistlab.sim.scenario.Scenario;

/**
 * {@code run [--seed N] [--replications K]} in the shell: simulates the session's scenario to its
 * end and prints the report; the result becomes the next numbered one. Ctrl-C pauses the run, which
 * {@code step} and {@code until} can then continue.
 */
public final class RunCommand implements Command {
    static final int MAX_REPLICATIONS = 1000;
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("run", "simulate the scenario and show the report")
            .description("Runs the scenario ('show' summarises it) from the start to its 'duration' and prints the"
                    + " service-state timeline, failover latency, time without service and without 911, licenses,"
                    + " the registration storms and calls per phase. With --replications K, runs seeds N..N+K-1"
                    + " on all cores and gives each metric's mean with its 95% confidence interval. Ctrl-C"
                    + " pauses; 'step' and 'until' continue the paused run.")
            .option(OptionSpec.value("--seed", "N", "this run's seed (the scenario's 'seed' otherwise)"))
            .option(OptionSpec.value("--replications", "K", "run K seeds and summarise (mean, 95% CI)"))
            .example("run")
            .example("run --seed 7")
            .example("run --replications 20")
            .build();

    public RunCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException, UsageException, InterruptedException {
        CommandContext ctx = inv.context();
        Scenario scenario = session.scenario();
        long seed = inv.longOption("--seed", scenario.integer(Params.SEED));
        int replications = inv.intOption("--replications", 1);
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new UsageException("--replications must be 1.." + MAX_REPLICATIONS + ", not " + replications);
        }
        if (seed < 0) {
            throw new UsageException("--seed must be >= 0, not " + seed);
        }
        Path base = session.scenarioDir().orElse(ctx.workingDir());
        if (session.stepping().isPresent()) {
            session.stepping(null);
            inv.out().println("(the run being stepped is dropped; this one starts from the beginning)");
        }
        RunResult result;
        if (replications > 1) {
            Replications.Outcome o = Replications.run(scenario, seed, replications, base, ctx);
            result = new RunResult(scenario, seed, base, o.firstTree(), o.summary());
        } else {
            WiredRun run = WiredRun.create(scenario, seed, base);
            Simulation sim = run.simulation();
            if (SimulationRunner.advance(sim, sim.end(), ctx) == RunOutcome.PAUSED) {
                session.stepping(run);
                inv.out().println("stopped at " + Numbers.clock(sim.now()) + " of " + Numbers.clock(sim.end())
                        + "; 'step' or 'until TIME' continues this run, 'run' starts again");
                return ExitStatus.INTERRUPTED;
            }
            result = new RunResult(scenario, seed, base, run.tree(), null);
        }
        Session.Entry e = session.add(result);
        inv.out().println("run #" + e.number() + ": " + result.label());
        result.writeText(inv.out(), ctx.width());
        inv.out().println();
        inv.out().println("(#" + e.number() + "; 'export html FILE' writes it with charts, 'compare' sets it beside"
                + " the previous one)");
        return ExitStatus.OK;
    }
}
