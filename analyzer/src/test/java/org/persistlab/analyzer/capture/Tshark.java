package org.persistlab.analyzer.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs tshark, the independent oracle, and returns what it prints. */
public final class Tshark {
    private Tshark() {
    }

    /** Output lines of {@code tshark -n -r file args...}; stderr is kept apart and returned with exit status. */
    public static Result run(Path file, String... args) {
        List<String> cmd = new ArrayList<>(List.of("tshark", "-n", "-r", file.toString()));
        cmd.addAll(List.of(args));
        try {
            Path err = Files.createTempFile("tshark", ".err");
            try {
                Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
                p.getOutputStream().close();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("tshark timed out on " + file);
                }
                String stdout = new String(out, StandardCharsets.UTF_8);
                String stderr = Files.readString(err);
                return new Result(p.exitValue(), stdout.lines().toList(), stderr);
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("tshark could not be run (is it installed? ./test installs it): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What tshark printed. */
    public record Result(int exitCode, List<String> lines, String stderr) {
    }
}
