package org.persistlab.shell.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.analyzer.capture.WireEventPcapWriter;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.report.ReportDocument;
import org.persistlab.shell.report.ReportSection;
import org.persistlab.shell.report.SeriesTable;
import org.persistlab.shell.session.LabResult;
import org.persistlab.sim.kernel.RunOutcome;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.ParamDef;
import org.persistlab.sim.scenario.Params;
import org.persistlab.sim.scenario.Scenario;

/**
 * A finished run (or the first of its replications, with every replication's summary): what
 * {@code show last}, {@code export} and {@code compare} read. Its capture is made again on demand:
 * the same scenario and seed give the same messages.
 */
public final class RunResult implements LabResult {
    private final Scenario scenario;
    private final long seed;
    private final Path baseDir;
    private final Map<String, Object> tree;
    private final Replications.Summary replications;

    RunResult(Scenario scenario, long seed, Path baseDir, Map<String, Object> runTree,
              Replications.Summary replications) {
        this.scenario = scenario;
        this.seed = seed;
        this.baseDir = baseDir;
        this.replications = replications;
        if (replications == null) {
            this.tree = runTree;
        } else {
            Map<String, Object> t = new LinkedHashMap<>(runTree);
            t.put("replications", replications.toTree());
            this.tree = t;
        }
    }

    @Override
    public String kind() {
        return "run";
    }

    @Override
    public String label() {
        StringBuilder sb = new StringBuilder(scenario.source()).append(" · seed ").append(seed);
        if (replications != null) {
            sb.append(" · ").append(replications.count()).append(" replications");
        }
        List<String> changed = new ArrayList<>();
        scenario.explicitValues().forEach((k, v) -> {
            if (!k.equals(Params.SEED.name())) {
                changed.add(k + "=" + v);
            }
        });
        if (!changed.isEmpty()) {
            sb.append(" · ").append(String.join(" ", changed));
        }
        return sb.toString();
    }

    /** Every parameter's value in effect, then the seed and the replications. */
    @Override
    public Map<String, String> inputs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("scenario", scenario.source());
        for (ParamDef p : Params.all()) {
            if (p != Params.SEED) {
                m.put(p.name(), scenario.value(p));
            }
        }
        scenario.explicitSites().forEach(s -> m.put("site " + s.name(), s.phones() + " phones, "
                + s.effectiveLicenses() + " licenses"));
        m.put("seed", Long.toString(seed));
        m.put("replications", replications == null ? "1" : Integer.toString(replications.count()));
        return m;
    }

    @Override
    public Map<String, Object> tree() {
        return tree;
    }

    @Override
    public void writeText(PrintWriter out, int width) {
        RunText.write(new RunTree(tree), out, width);
        if (replications != null) {
            replications.write(out, width);
        }
    }

    @Override
    public ReportDocument document() {
        List<ReportSection> extra = replications == null ? List.of() : List.of(replications.section());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("scenario", scenario.source());
        facts.put("seed", Long.toString(seed));
        if (replications != null) {
            facts.put("replications", Integer.toString(replications.count()));
        }
        return RunDocument.of("Persist Lab run: " + label(), new RunTree(tree), facts, extra);
    }

    @Override
    public SeriesTable perSecond() {
        return RunDocument.perSecond(new RunTree(tree));
    }

    /** Runs the same scenario and seed again with a tap that writes every message to {@code file}. */
    @Override
    public void writePcap(Path file, CommandContext ctx) throws LabException {
        Simulation sim = SimulationRunner.create(scenario, seed, baseDir);
        try (WireEventPcapWriter w = WireEventPcapWriter.create(file)) {
            sim.addTap((event, from, to) -> {
                try {
                    w.write(event);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (SimulationRunner.advance(sim, sim.end(), ctx) == RunOutcome.PAUSED) {
                throw new LabException("stopped by Ctrl-C; " + file.getFileName() + " holds the messages up to "
                        + org.persistlab.shell.format.Numbers.clock(sim.now()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new LabException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
