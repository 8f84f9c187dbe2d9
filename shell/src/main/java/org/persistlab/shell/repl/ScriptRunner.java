package org.persistlab.shell.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.Dispatcher;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.session.Session;

/**
 * Runs shell lines read from a script or from stdin, in order, in one session. It stops at the first
 * line that fails, naming the script and the line, and returns that line's exit status; {@code quit}
 * ends the script early with success. Output is whatever the commands print: plain text.
 */
final class ScriptRunner {
    private final Dispatcher dispatcher;
    private final Session session;

    ScriptRunner(Dispatcher dispatcher, Session session) {
        this.dispatcher = dispatcher;
        this.session = session;
    }

    /**
     * @param name what the script is called in messages ({@code whatif.lab}, {@code <stdin>})
     * @return {@link ExitStatus#OK}, or the status of the line that failed
     */
    int run(String name, BufferedReader in, CommandContext ctx) throws IOException {
        PrintWriter err = ctx.err();
        int number = 0;
        String line;
        while (!session.quitRequested() && (line = in.readLine()) != null) {
            number++;
            List<String> words;
            try {
                words = LineSplitter.words(line);
            } catch (IllegalArgumentException e) {
                err.println(name + ":" + number + ": " + e.getMessage() + ": " + line.strip());
                err.flush();
                return ExitStatus.USAGE;
            }
            if (words.isEmpty()) {
                continue;
            }
            int status = dispatcher.executeLine(words, ctx);
            if (status != ExitStatus.OK) {
                err.println(name + ":" + number + ": '" + line.strip() + "' failed (exit status " + status
                        + "); the script stops here");
                err.flush();
                return status;
            }
        }
        ctx.out().flush();
        return ExitStatus.OK;
    }
}
