package org.persistlab.shell;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.Dispatcher;

/** The {@code lab} program: a subcommand from the arguments, or the interactive shell without any. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Dispatcher dispatcher = new Dispatcher(Commands.all(), Version.get());
        int status = dispatcher.execute(Arrays.asList(args), CommandContext.plain(out, err));
        out.flush();
        err.flush();
        System.exit(status);
    }
}
