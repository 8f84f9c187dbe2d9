package org.persistlab.shell.run;

import java.nio.file.Path;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.format.Numbers;
import org.persistlab.shell.format.ProgressBar;
import org.persistlab.sim.kernel.RunOutcome;
import org.persistlab.sim.run.ScenarioException;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.Scenario;

/**
 * Builds and advances simulations for the commands: a scenario problem becomes a message, the run
 * shows a progress bar (simulated time, events per second, ETA) when someone watches, and Ctrl-C
 * pauses it between two events.
 */
final class SimulationRunner {
    /** How often, in fired events, the run reports progress and looks at Ctrl-C. */
    static final long PROGRESS_EVERY = 20_000;

    private SimulationRunner() {
    }

    static Simulation create(Scenario scenario, long seed, Path baseDir) throws LabException {
        try {
            return Simulation.create(scenario, seed, baseDir);
        } catch (ScenarioException e) {
            throw new LabException(scenario.source() + ": " + e.getMessage());
        }
    }

    /**
     * Advances {@code sim} to {@code until} (or the end of its scenario). Returns
     * {@link RunOutcome#PAUSED} when Ctrl-C stopped it; calling again resumes.
     */
    static RunOutcome advance(Simulation sim, long until, CommandContext ctx) {
        if (ctx.cancel().isCancelled()) {
            return RunOutcome.PAUSED;
        }
        long target = Math.min(until, sim.end());
        long from = sim.now();
        long startEvents = sim.eventsFired();
        try (ProgressBar bar = new ProgressBar(ctx.err(), ctx.interactive(), ctx.width(), System::nanoTime)) {
            sim.setProgressListener((now, events) -> {
                if (ctx.cancel().isCancelled()) {
                    sim.pause();
                }
                double span = Math.max(1, target - from);
                bar.update((now - from) / span, Numbers.clock(now) + " / " + Numbers.clock(target) + " simulated",
                        events - startEvents, "ev/s");
            }, PROGRESS_EVERY);
            return sim.runUntil(target);
        } finally {
            sim.setProgressListener(null, 1);
        }
    }
}
