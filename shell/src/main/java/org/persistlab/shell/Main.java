package org.persistlab.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.Dispatcher;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.repl.Repl;
import org.persistlab.shell.repl.Shell;

/**
 * The {@code lab} program: a subcommand from the arguments; without any, the interactive shell on a
 * terminal, or, when stdin is not a terminal ({@code lab < whatif.lab}, a pipe, CI), the same
 * commands read line by line with plain output, stopping at the first error.
 */
public final class Main {
    /** History kept across runs, in the user's home ({@code LAB_HISTORY} names another file). */
    static final String HISTORY_FILE = ".persistlab_history";

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status;
        if (args.length == 0) {
            status = shell(out, err);
        } else {
            Dispatcher dispatcher = new Dispatcher(Commands.all(), Version.get());
            status = dispatcher.execute(Arrays.asList(args), subcommandContext(out, err));
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Plain output for {@code lab COMMAND}; when a person watches a terminal, long work shows a
     * progress bar sized to it.
     */
    private static CommandContext subcommandContext(PrintWriter out, PrintWriter err) {
        CommandContext plain = CommandContext.plain(out, err);
        if (System.console() == null) {
            return plain;
        }
        int width = plain.width();
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("lab").build()) {
            width = terminal.getWidth() > 0 ? terminal.getWidth() : width;
        } catch (IOException e) {
            // the width stays the default; nothing else depends on the terminal
        }
        return new CommandContext(out, err, true, width, plain.cancel(), plain.workingDir());
    }

    private static int shell(PrintWriter out, PrintWriter err) {
        Shell shell = Commands.shell();
        Path here = Path.of("").toAbsolutePath();
        // Java 17: no console when stdin or stdout is not a terminal; then nobody can answer a prompt
        // or read escape sequences, so the lines are read as a script.
        if (System.console() == null) {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                return shell.runScript("<stdin>", in, CommandContext.plain(out, err));
            } catch (IOException e) {
                err.println("lab: cannot read the standard input: " + e.getMessage());
                return ExitStatus.FAILURE;
            }
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("lab").build()) {
            String chosen = System.getenv("LAB_HISTORY");
            Path history = chosen != null && !chosen.isBlank() ? Path.of(chosen)
                    : Path.of(System.getProperty("user.home"), HISTORY_FILE);
            return new Repl(shell, terminal, history, here, Version.get()).run();
        } catch (IOException e) {
            err.println("lab: cannot open the terminal: " + e.getMessage());
            return ExitStatus.FAILURE;
        }
    }
}
