package org.persistlab.shell.session;

import java.io.PrintWriter;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;

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
        write(last.get(), inv.out(), "", new IdentityHashMap<>());
        return ExitStatus.OK;
    }

    private static void write(Throwable t, PrintWriter out, String caption, Map<Throwable, Boolean> seen) {
        if (seen.put(t, Boolean.TRUE) != null) {
            out.println(caption + "[circular reference: " + t + "]");
            return;
        }
        out.println(caption + t);
        for (StackTraceElement e : t.getStackTrace()) {
            out.println("\tat " + e);
        }
        if (t.getCause() != null) {
            write(t.getCause(), out, "Caused by: ", seen);
        }
    }
}
