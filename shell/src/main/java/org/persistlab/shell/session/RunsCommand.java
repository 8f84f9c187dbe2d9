package org.persistlab.shell.session;

import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.format.TextTable;

/** {@code runs}: the results since the shell started, numbered for {@code compare} and {@code export --run}. */
public final class RunsCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("runs", "list the runs and analyses since the shell started")
            .description("Numbered in order; 'compare A B' and 'export ... --run N' take these numbers.")
            .build();

    public RunsCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) {
        if (session.results().isEmpty()) {
            inv.out().println("no runs yet; 'run' simulates the scenario, 'analyze FILE' reads a capture");
            return ExitStatus.OK;
        }
        TextTable t = new TextTable("#", "kind", "what").alignRight(0);
        for (Session.Entry e : session.results()) {
            t.row(e.number(), e.result().kind(), e.result().label());
        }
        // The last column is free text: let it run on rather than break the list into blocks.
        t.write(inv.out(), "", Integer.MAX_VALUE);
        return ExitStatus.OK;
    }
}
