package org.persistlab.shell.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.analyzer.report.WireAnalysis;
import org.persistlab.shell.cli.LabException;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.Scenario;

/**
 * A simulation whose tap feeds the analyzer in-process (issue 11): when the run is over, its report
 * carries a {@code wire} object, what a capture at the sites would show, with exactly the keys of
 * {@code lab analyze --format json}, next to the simulation's truth.
 */
public final class WiredRun {
    private final Simulation sim;
    private final WireAnalysis wire = new WireAnalysis(AnalysisOptions.defaults());
    private Map<String, Object> wireTree;

    private WiredRun(Simulation sim) {
        this.sim = sim;
        sim.addTap((event, from, to) -> wire.accept(event));
    }

    static WiredRun create(Scenario scenario, long seed, Path baseDir) throws LabException {
        return new WiredRun(SimulationRunner.create(scenario, seed, baseDir));
    }

    public Simulation simulation() {
        return sim;
    }

    /** The run's report; once the run has finished it includes the wire-derived analysis. */
    public Map<String, Object> tree() {
        Map<String, Object> t = new LinkedHashMap<>(sim.report().toTree());
        if (sim.finished()) {
            if (wireTree == null) {
                wireTree = wire.finish().toTree();
            }
            t.put("wire", wireTree);
        }
        return t;
    }
}
