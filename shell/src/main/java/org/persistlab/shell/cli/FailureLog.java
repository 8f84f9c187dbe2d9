package org.persistlab.shell.cli;

import java.util.Optional;

/** Keeps the last unexpected exception a command threw, for the shell's {@code stacktrace} command. */
public final class FailureLog {
    private Throwable last;

    public void record(Throwable t) {
        last = t;
    }

    public Optional<Throwable> last() {
        return Optional.ofNullable(last);
    }
}
