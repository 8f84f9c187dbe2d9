package org.persistlab.shell.cli;

/** What the REPL offers when completing a value; every kind is computed from the command model. */
public enum Completion {
    NONE,
    /** File and directory names, relative to the working directory. */
    FILE,
    /** The option's or positional's declared choices. */
    CHOICES,
    /** A simulation parameter name (after {@code set}, {@code show}, {@code unset}, {@code sweep}). */
    PARAMETER,
    /** A value of the parameter named by the positional just before this one ({@code set NAME VALUE}). */
    PARAMETER_VALUE,
    /** A command name of the same registry (after {@code help}). */
    COMMAND
}
