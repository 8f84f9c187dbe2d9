package org.persistlab.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./lab}, with no arguments, in a real terminal: tmux gives it one, keys are sent
 * with {@code send-keys} and the screen read with {@code capture-pane}. Tab completion, the status
 * line tip, a bad value, Ctrl-C during a run (the run stops, the shell stays), help, and Ctrl-D.
 *
 * <p>Runs in Maven's verify phase (after {@code lab.jar} is packaged, so {@code ./lab} starts at
 * once): {@code ./test}, or {@code mvn -pl shell -am verify}. It uses its own tmux server socket and
 * stops only that server.
 */
class LabTmuxE2E {
    private static final String SESSION = "lab";
    private final String socket = "persistlab-e2e-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @AfterEach
    void stopOurTmuxServer() throws Exception {
        tmux("kill-server");
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aPersonAtTheKeyboard() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("lab")).as("the lab launcher at the repository root").isExecutable();
        Path history = dir.resolve("history");
        assertThat(tmux("new-session", "-d", "-s", SESSION, "-x", "110", "-y", "40", "-c", root.toString(),
                "env LAB_HISTORY=" + history + " ./lab")).isZero();
        // A stale jar makes ./lab build first; in the verify phase it is fresh and this takes a second.
        // (capture-pane drops trailing blanks, so the prompt shows as "lab>".)
        waitFor("the prompt", 240, s -> s.contains("lab>"));

        keys("set failb", "Tab");
        String line = waitFor("Tab to complete the parameter", 10, s -> s.contains("lab> set failback.policy"));
        assertThat(line).as("status line tip").contains("failback.policy: auto|admin · default auto");
        keys("Tab");
        // Both values start with "a": Tab inserts it and lists them.
        waitFor("the values listed", 10, s -> s.contains("lab> set failback.policy a") && s.contains("admin")
                && s.contains("auto (default)"));
        keys("dm", "Tab", "Enter");
        waitFor("the value set", 10, s -> s.contains("failback.policy = admin (default auto)"));

        keys("set phones lots", "Enter");
        waitFor("a bad value explained", 10, s -> s.contains("set: phones: 'lots' is not a whole number"));

        // A run long enough to be interrupted: one site of 200 phones over ten simulated hours.
        for (String cmd : List.of("set sites 1", "set phones 200", "set duration 10h")) {
            keys(cmd, "Enter");
        }
        waitFor("the scenario set", 10, s -> s.contains("duration = 10h (default 45m)"));
        keys("run", "Enter");
        waitFor("the progress bar", 30, s -> s.contains("simulated") && s.contains("ev/s"));
        keys("C-c");
        String stopped = waitFor("Ctrl-C to stop the run", 20, s -> s.contains("stopped at "));
        assertThat(stopped).contains("'step' or 'until TIME' continues this run");

        keys("help until", "Enter");
        waitFor("help for until", 10, s -> s.contains("Usage: until TIME"));

        keys("C-d");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (tmux("has-session", "-t", SESSION) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(tmux("has-session", "-t", SESSION)).as("the shell left on Ctrl-D").isNotZero();
        assertThat(Files.readString(history, StandardCharsets.UTF_8)).contains(":set failback.policy admin")
                .contains(":run").contains(":help until");
    }

    private void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        assertThat(tmux(args.toArray(String[]::new))).isZero();
    }

    private String waitFor(String what, int seconds, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture();
            if (done.test(screen)) {
                return screen;
            }
            Thread.sleep(150);
        }
        throw new AssertionError("waited " + seconds + " s for " + what + "; the screen:\n" + screen);
    }

    private String capture() throws Exception {
        Process p = new ProcessBuilder("tmux", "-L", socket, "capture-pane", "-p", "-t", SESSION)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private int tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
