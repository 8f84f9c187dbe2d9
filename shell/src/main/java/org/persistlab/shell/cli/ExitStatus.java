package org.persistlab.shell.cli;

/** Exit statuses, as picocli defines them: 0 success, 1 failure in the command, 2 bad usage. */
public final class ExitStatus {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** Interrupted by Ctrl-C (128 + SIGINT), as shells report it. */
    public static final int INTERRUPTED = 130;

    private ExitStatus() {
    }
}
