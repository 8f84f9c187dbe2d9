package org.persistlab.shell.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.persistlab.shell.cli.CancelToken;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.ExitStatus;

/**
 * The interactive shell: a prompt with history kept across runs, completion and status-line tips
 * generated from the command model, and a loop that never dies. Ctrl-C at the prompt clears the
 * line; Ctrl-C while a command runs sets its {@link CancelToken} (long work polls it and stops) and
 * the shell stays; Ctrl-D on an empty line or {@code quit} leaves. A failing command prints its
 * message and the prompt returns.
 *
 * <p>The terminal is passed in, so tests run the real loop on in-memory streams.
 */
public final class Repl {
    static final String PROMPT = "lab> ";
    private final Shell shell;
    private final Terminal terminal;
    private final Path historyFile;
    private final Path workingDir;
    private final String version;

    /**
     * @param historyFile where history is kept across runs; {@code null} keeps none
     */
    public Repl(Shell shell, Terminal terminal, Path historyFile, Path workingDir, String version) {
        this.shell = shell;
        this.terminal = terminal;
        this.historyFile = historyFile;
        this.workingDir = workingDir;
        this.version = version;
    }

    public int run() {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("lab")
                .parser(LineSplitter.parser())
                .completer(new ModelCompleter(new CompletionEngine(shell.registry(), workingDir)))
                // '!' may appear in values; history expansion would eat it.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        boolean smart = !isDumb(terminal);
        StatusTips tips = smart ? new StatusTips(reader, new TipProvider(shell.registry())) : null;
        PrintWriter out = terminal.writer();
        out.println("Persist Lab " + version + " · 'help' lists the commands · Tab completes · Ctrl-D leaves");
        out.flush();
        CancelToken cancel = new CancelToken();
        while (!shell.session().quitRequested()) {
            try {
                reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException | java.io.IOError e) {
                // Ctrl-D, or the terminal went away: either way nobody is left to type.
                break;
            }
            List<String> words = LineSplitter.clean(reader.getParsedLine().words());
            if (words.isEmpty()) {
                continue;
            }
            cancel.reset();
            int width = terminal.getWidth() > 0 ? terminal.getWidth() : 100;
            CommandContext ctx = new CommandContext(out, out, smart, width, cancel, workingDir);
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> cancel.cancel());
            try {
                shell.dispatcher().executeLine(words, ctx);
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
                out.flush();
            }
        }
        if (tips != null) {
            tips.close();
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            out.println("could not save the history to " + historyFile + ": " + e.getMessage());
        }
        out.flush();
        return ExitStatus.OK;
    }

    static boolean isDumb(Terminal t) {
        return Terminal.TYPE_DUMB.equals(t.getType()) || Terminal.TYPE_DUMB_COLOR.equals(t.getType());
    }
}
