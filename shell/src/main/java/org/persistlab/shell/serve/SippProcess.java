package org.persistlab.shell.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.persistlab.shell.cli.LabException;

/**
 * One SIPp run as a child process: its arguments, its screen output in a file, its statistics in
 * {@code -trace_stat}, and a hard time limit after which it is stopped (SIGTERM, then SIGKILL), so
 * nothing it does can outlive the caller. Only this process, by its handle, is ever stopped.
 */
public final class SippProcess implements AutoCloseable {
    private final Process process;
    private final Path stats;
    private final Path screen;
    private final List<String> command;

    private SippProcess(Process process, Path stats, Path screen, List<String> command) {
        this.process = process;
        this.stats = stats;
        this.screen = screen;
        this.command = List.copyOf(command);
    }

    /**
     * Starts {@code sipp} with {@code args}, adding {@code -trace_stat -stf NAME.csv -fd 1 -nostdin}
     * so that its statistics land in {@code dir} as {@code NAME.stats.csv} and it never waits for a keyboard.
     *
     * @param name a label for the files: {@code NAME.stats.csv} and {@code NAME.screen}
     */
    public static SippProcess start(Path dir, String name, List<String> args) throws LabException {
        Path stats = dir.resolve(name + ".stats.csv");
        Path screen = dir.resolve(name + ".screen");
        List<String> cmd = new ArrayList<>();
        cmd.add("sipp");
        cmd.addAll(args);
        cmd.addAll(List.of("-trace_stat", "-stf", stats.toString(), "-fd", "1", "-nostdin"));
        try {
            Files.deleteIfExists(stats);
            Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(screen.toFile()).start();
            return new SippProcess(p, stats, screen, cmd);
        } catch (IOException e) {
            throw new LabException("cannot run sipp (Debian: apt-get install sip-tester): " + e.getMessage(), e);
        }
    }

    /** Waits up to {@code limit}; stops SIPp when it runs over. Returns its exit status (-1 when stopped). */
    public int await(Duration limit) throws InterruptedException {
        if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        close();
        return -1;
    }

    /** SIPp's statistics; fails naming the file and SIPp's last screen lines when there are none. */
    public SippStats stats() throws LabException {
        try {
            return SippStats.read(stats);
        } catch (IOException e) {
            throw new LabException(e.getMessage() + "; sipp said: " + tail(), e);
        }
    }

    public List<String> command() {
        return command;
    }

    /** The last lines SIPp printed (errors land there). */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(screen, java.nio.charset.StandardCharsets.ISO_8859_1);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())).strip();
        } catch (IOException e) {
            return "(no output)";
        }
    }

    /** Stops SIPp if it is still running: SIGTERM, then after a second SIGKILL. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(1, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(1, TimeUnit.SECONDS);
        }
    }
}
