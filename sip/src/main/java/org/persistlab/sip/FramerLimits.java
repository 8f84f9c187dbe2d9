package org.persistlab.sip;

/**
 * Limits that keep a stream framer's memory bounded whatever the peer sends.
 *
 * @param maxStartLine     longest start line accepted, in bytes
 * @param maxHeaderBytes   longest header block (start line to blank line) accepted
 * @param maxContentLength largest body accepted
 */
public record FramerLimits(int maxStartLine, int maxHeaderBytes, int maxContentLength) {
    /** 8 KiB start line, 64 KiB of headers, 16 MiB of body: far above real SIP, far below trouble. */
    public static final FramerLimits DEFAULT = new FramerLimits(8 * 1024, 64 * 1024, 16 * 1024 * 1024);

    public FramerLimits {
        if (maxStartLine <= 0 || maxHeaderBytes < maxStartLine || maxContentLength < 0) {
            throw new IllegalArgumentException("limits must be positive and headers >= start line: " + maxStartLine
                    + ", " + maxHeaderBytes + ", " + maxContentLength);
        }
    }
}
