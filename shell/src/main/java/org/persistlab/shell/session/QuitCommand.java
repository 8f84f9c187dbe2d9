package org.persistlab.shell.session;

import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;

/** {@code quit}: leaves the shell (as Ctrl-D does); in a script, ends it. */
public final class QuitCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("quit", "leave the shell (Ctrl-D does the same)").build();

    public QuitCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) {
        session.requestQuit();
        return ExitStatus.OK;
    }
}
