package org.persistlab.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.persistlab.shell.cli.CancelToken;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.Dispatcher;
import org.persistlab.shell.repl.Shell;

/** Runs {@code lab ARGS} and shell scripts through the real dispatcher with in-memory writers. */
public final class TestLab {
    /** A scenario small enough to simulate in a fraction of a second, with an outage in the middle. */
    public static final List<String> SMALL = List.of(
            "set sites 1",
            "set phones 10",
            "set duration 20m",
            "set outage.start 5m",
            "set outage.duration 5m",
            "set boot.spread 10s");

    /** The same scenario as a scenario file's text. */
    public static final String SMALL_FILE = "sites 1\nphones 10\nduration 20m\noutage.start 5m\noutage.duration 5m\n"
            + "boot.spread 10s\n";

    public record Result(int status, String out, String err, Shell shell) {
    }

    private TestLab() {
    }

    public static CommandContext context(StringWriter out, StringWriter err, Path dir, CancelToken cancel) {
        return new CommandContext(new PrintWriter(out, true), new PrintWriter(err, true), false, 100, cancel, dir);
    }

    /** {@code lab ARGS...} in {@code dir}. */
    public static Result cli(Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Dispatcher(Commands.all(), "test").execute(List.of(args),
                context(out, err, dir, new CancelToken()));
        return new Result(status, out.toString(), err.toString(), null);
    }

    /** Shell lines run as a script named {@code test.lab} in a fresh shell, in {@code dir}. */
    public static Result script(Path dir, List<String> lines) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Shell shell = Commands.shell();
        try {
            int status = shell.runScript("test.lab", new BufferedReader(new StringReader(String.join("\n", lines))),
                    context(out, err, dir, new CancelToken()));
            return new Result(status, out.toString(), err.toString(), shell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
