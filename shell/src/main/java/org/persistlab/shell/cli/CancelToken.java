package org.persistlab.shell.cli;

/** Set by Ctrl-C in the REPL; long work polls it and stops early. */
public final class CancelToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void reset() {
        cancelled = false;
    }
}
