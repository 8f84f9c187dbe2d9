package org.persistlab.shell.settings;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.persistlab.shell.Commands;
import org.persistlab.shell.cli.CancelToken;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.Dispatcher;

/** Runs {@code lab ...} through the real dispatcher with in-memory writers and a chosen working directory. */
final class Lab {
    record Result(int status, String out, String err) {
    }

    private Lab() {
    }

    static Result run(Path workingDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandContext ctx = new CommandContext(new PrintWriter(out), new PrintWriter(err), false, 100,
                new CancelToken(), workingDir);
        int status = new Dispatcher(Commands.all(), "test").execute(List.of(args), ctx);
        return new Result(status, out.toString(), err.toString());
    }
}
