package org.persistlab.shell.cli;

/** What the REPL offers when completing a value. */
public enum Completion {
    NONE,
    FILE,
    CHOICES,
    /** A simulation parameter name (after {@code set}, {@code show}, {@code unset}, {@code sweep}). */
    PARAMETER
}
