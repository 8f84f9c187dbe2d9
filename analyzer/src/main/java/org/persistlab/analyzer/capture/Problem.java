package org.persistlab.analyzer.capture;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong in a capture file that the reader or decoder stepped over: what it was and where.
 *
 * @param file    the capture file
 * @param offset  byte offset in the file where the problem was found (a record, a block, or a byte inside a packet)
 * @param message what was wrong and what the reader did about it
 */
public record Problem(Path file, long offset, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code name.pcap: byte 1234: message}, the form shown to users. */
    @Override
    public String toString() {
        return file.getFileName() + ": byte " + offset + ": " + message;
    }
}
