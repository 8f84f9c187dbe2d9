package org.persistlab.shell.cli;

/** A failure to report to the user in one message, without a stack trace (a bad file, a bad line). */
public class LabException extends Exception {
    private static final long serialVersionUID = 1L;

    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}
