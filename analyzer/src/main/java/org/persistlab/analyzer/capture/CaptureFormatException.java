package org.persistlab.analyzer.capture;

import java.io.IOException;

/** The file is not a capture we can read at all (unknown magic, no complete file header). */
public final class CaptureFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public CaptureFormatException(String message) {
        super(message);
    }
}
