package org.persistlab.shell.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.persistlab.shell.Commands;

/**
 * Runs the real REPL loop on a JLine terminal built on in-memory streams. The terminal is made
 * explicitly ({@code system(false)}, type {@code dumb}): without a TTY, JLine would otherwise fall
 * back silently to a dumb system terminal and ignore the streams (anchors.md §5).
 */
final class ReplHarness {
    record Result(int status, String output, Shell shell) {
    }

    private ReplHarness() {
    }

    static Result run(Path workingDir, Path history, String typed) {
        Shell shell = Commands.shell();
        ByteArrayInputStream in = new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The line discipline would echo the whole input as soon as it is pumped in; the reader echoes
        // each line itself when it reads it, which is the transcript a person sees.
        Attributes noEcho = new Attributes();
        noEcho.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        // The "exec" provider gives a pure-Java ExternalTerminal on the streams; the default (JNI)
        // provider would put a real pty in between, whose output pump may not finish before close.
        try (Terminal t = TerminalBuilder.builder().system(false).provider("exec").streams(in, out)
                .type(Terminal.TYPE_DUMB).attributes(noEcho).encoding(StandardCharsets.UTF_8)
                .size(new Size(100, 40)).build()) {
            int status = new Repl(shell, t, history, workingDir, "test").run();
            t.flush();
            // The terminal's output processing turns each newline into CR LF, as a tty does.
            return new Result(status, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"), shell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
