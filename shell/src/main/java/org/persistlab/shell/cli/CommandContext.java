package org.persistlab.shell.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What a command may use to talk to the user. Commands print only through these writers, so tests
 * run them against in-memory writers and the REPL against its terminal.
 *
 * @param out         results
 * @param err         diagnostics and progress
 * @param interactive true when a person is watching a terminal (progress bars, colour)
 * @param width       terminal columns, for tables and charts
 * @param cancel      polled by long work; set by Ctrl-C
 * @param workingDir  relative paths are resolved against this
 */
public record CommandContext(PrintWriter out, PrintWriter err, boolean interactive, int width, CancelToken cancel,
                             Path workingDir) {

    /** A plain, non-interactive context on the given writers (scripts, CI, tests). */
    public static CommandContext plain(PrintWriter out, PrintWriter err) {
        return new CommandContext(out, err, false, 100, new CancelToken(), Path.of("").toAbsolutePath());
    }

    public Path resolve(String path) {
        return workingDir.resolve(path).normalize();
    }
}
