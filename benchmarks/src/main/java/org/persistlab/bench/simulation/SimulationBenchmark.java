package org.persistlab.bench.simulation;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.persistlab.sim.run.RunReport;
import org.persistlab.sim.run.ScenarioException;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.Scenario;
import org.persistlab.sim.scenario.ScenarioParser;

/**
 * The scale scenario of issue 5 end to end, once per fork: 500 sites of 200 phones (100,000 J1xx)
 * lose ACO for an hour, 15 minutes in, and the run goes on 15 minutes after it comes back, with the
 * built-in defaults for everything else (calls included). The score is the wall time of building the
 * run, running it and making its report; {@link RunFigures} adds events, events per second and peak
 * heap. Forks get {@code -Xmx2g}: the scenario must fit in that.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SimulationBenchmark {
    @Param("500")
    public int sites;
    @Param("200")
    public int phones;
    @Param("60m")
    public String outageLength;
    @Param("90m")
    public String duration;

    private Scenario scenario;

    @Setup
    public void setUp() {
        String text = "sites " + sites + "\nphones " + phones + "\noutage.start 15m\noutage.duration " + outageLength
                + "\nduration " + duration + "\n";
        ScenarioParser.Result parsed = ScenarioParser.parse("simulation benchmark", text);
        if (!parsed.ok()) {
            throw new IllegalArgumentException("bad benchmark scenario: " + parsed.errors());
        }
        scenario = parsed.scenario();
    }

    @Benchmark
    public RunReport outage(RunFigures figures) throws ScenarioException {
        Simulation sim = Simulation.create(scenario, Path.of("."));
        long start = System.nanoTime();
        sim.run();
        long runNanos = System.nanoTime() - start;
        RunReport report = sim.report();
        figures.record(sim.eventsFired(), runNanos);
        return report;
    }
}
