package org.persistlab.shell.cli;

/** The arguments were wrong; the message says how, and help for the command follows it. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
