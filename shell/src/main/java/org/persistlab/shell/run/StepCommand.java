package org.persistlab.shell.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.shell.cli.UsageException;
import org.persistlab.shell.format.BarChart;
import org.persistlab.shell.format.Numbers;
import org.persistlab.shell.session.Session;
import org.persistlab.sim.kernel.Durations;
import org.persistlab.sim.kernel.RunOutcome;
import org.persistlab.sim.phone.ServiceState;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.Params;

/**
 * {@code step [DURATION]} and {@code until TIME}: advance the run being stepped (or start one from the
 * scenario) and show how many phones are in each state. At the scenario's end the run becomes a
 * numbered result, as {@code run} makes.
 */
public final class StepCommand implements Command {
    private static final String DEFAULT_STEP = "1m";
    private final Session session;
    private final boolean absolute;
    private final CommandSpec spec;

    private StepCommand(Session session, boolean absolute, CommandSpec spec) {
        this.session = session;
        this.absolute = absolute;
        this.spec = spec;
    }

    /** {@code step [DURATION]}: forward by a duration (1 minute by default). */
    public static StepCommand step(Session session) {
        return new StepCommand(session, false, CommandSpec.builder("step",
                        "advance the paused run by a step and show the phones' states")
                .description("Advances the run that Ctrl-C paused, or starts one from the scenario, by DURATION"
                        + " of simulated time (default " + DEFAULT_STEP + "), then shows how many phones are in"
                        + " each service state. At the end of the scenario the run is recorded, as 'run' does.")
                .positional(PositionalSpec.optional("DURATION", "simulated time to advance: 30s, 5m",
                        Completion.NONE))
                .example("step")
                .example("step 30s")
                .build());
    }

    /** {@code until TIME}: forward to a moment of simulated time. */
    public static StepCommand until(Session session) {
        return new StepCommand(session, true, CommandSpec.builder("until",
                        "advance the paused run to a moment and show the phones' states")
                .description("Advances the run that Ctrl-C paused, or starts one from the scenario, until TIME of"
                        + " simulated time since its start, then shows how many phones are in each service state.")
                .positional(PositionalSpec.required("TIME", "simulated time since the start: 15m30s is 930s",
                        Completion.NONE))
                .example("until 15m")
                .example("until 1000s")
                .build());
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException, UsageException {
        CommandContext ctx = inv.context();
        String text = inv.positionals().isEmpty() ? DEFAULT_STEP : inv.positionals().get(0);
        long amount;
        try {
            amount = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("'" + text + "': " + e.getMessage());
        }
        WiredRun run = session.stepping().orElse(null);
        if (run == null) {
            Path base = session.scenarioDir().orElse(ctx.workingDir());
            run = WiredRun.create(session.scenario(), session.scenario().integer(Params.SEED), base);
            session.stepping(run);
            inv.out().println("started a run of " + session.scenario().source() + " (seed " + run.simulation().seed() + ")");
        }
        Simulation sim = run.simulation();
        long target = absolute ? amount : sim.now() + amount;
        if (absolute && target < sim.now()) {
            throw new LabException("the run is already at " + Numbers.clock(sim.now()) + "; 'run' starts again");
        }
        RunOutcome outcome = SimulationRunner.advance(sim, target, ctx);
        states(sim, inv.out(), ctx.width());
        if (outcome == RunOutcome.PAUSED) {
            inv.out().println("stopped by Ctrl-C at " + Numbers.clock(sim.now()));
            return ExitStatus.INTERRUPTED;
        }
        if (sim.finished()) {
            session.stepping(null);
            Path base = session.scenarioDir().orElse(ctx.workingDir());
            RunResult r = new RunResult(sim.scenario(), sim.seed(), base, run.tree(), null);
            Session.Entry e = session.add(r);
            inv.out().println("the run reached its end; recorded as #" + e.number()
                    + " ('show last' prints its report)");
        }
        return ExitStatus.OK;
    }

    static void states(Simulation sim, PrintWriter out, int width) {
        out.println("t = " + Numbers.clock(sim.now()) + " of " + Numbers.clock(sim.end()) + " · " + sim.eventsFired()
                + " events");
        Map<ServiceState, Integer> counts = sim.stateCounts();
        BarChart chart = new BarChart();
        for (ServiceState s : ServiceStates.ORDER) {
            int n = counts.getOrDefault(s, 0);
            chart.bar(ServiceStates.label(s), n, Integer.toString(n));
        }
        chart.write(out, "  ", Math.min(width, 100));
    }
}
