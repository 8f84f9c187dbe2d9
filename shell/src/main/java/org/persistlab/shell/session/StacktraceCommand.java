package org.persistlab.shell.session;

import java.util.Optional;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.StackTraces;

/** {@code stacktrace}: where the last internal error happened, for a bug report. */
public final class StacktraceCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("stacktrace",
            "show where the last internal error happened (for a bug report)").build();

    public StacktraceCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) {
        Optional<Throwable> last = session.failures().last();
        if (last.isEmpty()) {
            inv.out().println("no internal error so far");
            return ExitStatus.OK;
        }
        StackTraces.write(last.get(), inv.out());
        return ExitStatus.OK;
    }
}
