package org.persistlab.sip.settings;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a settings file. Reading never throws on bad content; it collects these
 * instead, so the rest of the file is still read.
 *
 * @param file     the file's name as the user gave it
 * @param line     1-based line number, or 0 when the finding is about the file as a whole (a missing line)
 * @param severity error or warning
 * @param message  what is wrong and, where it helps, what applies instead
 */
public record Finding(String file, int line, Severity severity, String message) {
    /** By file name, then line, then errors before warnings: the order findings are printed in. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::severity);

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or 1-based, not " + line);
        }
    }

    public static Finding error(String file, int line, String message) {
        return new Finding(file, line, Severity.ERROR, message);
    }

    public static Finding warning(String file, int line, String message) {
        return new Finding(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error: message}, or {@code file: error: message} for a whole-file finding. */
    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + severity.label() + ": " + message;
    }
}
