package org.persistlab.shell.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.persistlab.shell.cli.FailureLog;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.Scenario;

/**
 * The state of one shell: the scenario being edited, the run being stepped, the results since the
 * shell started (numbered from 1), and whether the user asked to leave. Commands get it at construction; nothing here is
 * static, so every test and every {@code lab script} gets a fresh one.
 */
public final class Session {
    /** A result and its number in {@code runs}. */
    public record Entry(int number, LabResult result) {
    }

    private Scenario scenario = Scenario.defaults();
    private Path scenarioDir;
    private org.persistlab.shell.run.WiredRun stepping;
    private final List<Entry> results = new ArrayList<>();
    private final FailureLog failures = new FailureLog();
    private boolean quitRequested;
    private int scriptDepth;

    public Scenario scenario() {
        return scenario;
    }

    public void scenario(Scenario s) {
        this.scenario = s;
    }

    /**
     * The directory relative paths in the scenario (settings files) are read from: the loaded
     * scenario file's, or {@code null} for the working directory.
     */
    public Optional<Path> scenarioDir() {
        return Optional.ofNullable(scenarioDir);
    }

    public void scenarioDir(Path dir) {
        this.scenarioDir = dir;
    }

    /** The run that {@code step} and {@code until} advance, if one is under way. */
    public Optional<org.persistlab.shell.run.WiredRun> stepping() {
        return Optional.ofNullable(stepping);
    }

    public void stepping(org.persistlab.shell.run.WiredRun run) {
        this.stepping = run;
    }

    /** Records a result as the next numbered one and the last. */
    public Entry add(LabResult r) {
        Entry e = new Entry(results.size() + 1, r);
        results.add(e);
        return e;
    }

    public List<Entry> results() {
        return List.copyOf(results);
    }

    public Optional<Entry> last() {
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(results.size() - 1));
    }

    public Optional<Entry> result(int number) {
        return number >= 1 && number <= results.size() ? Optional.of(results.get(number - 1)) : Optional.empty();
    }

    public FailureLog failures() {
        return failures;
    }

    public void requestQuit() {
        quitRequested = true;
    }

    public boolean quitRequested() {
        return quitRequested;
    }

    /** Enters a nested {@code script}; false when scripts already nest too deep (a script running itself). */
    public boolean enterScript(int maxDepth) {
        if (scriptDepth >= maxDepth) {
            return false;
        }
        scriptDepth++;
        return true;
    }

    public void leaveScript() {
        scriptDepth--;
    }
}
