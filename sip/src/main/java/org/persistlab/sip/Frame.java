package org.persistlab.sip;

/** What {@link SipStreamFramer#next()} returns: a whole message, or a framing error at a stream offset. */
public sealed interface Frame {
    /** Offset of the first byte of this frame from the start of the stream. */
    long streamOffset();

    /** A complete message, framed by its Content-Length. */
    record Message(long streamOffset, SipMessage message) implements Frame {
    }

    /**
     * Bytes that could not be framed as a message: junk before a start line, a missing or invalid
     * Content-Length, headers over the limit, or a message that does not parse.
     */
    record Error(long streamOffset, String reason) implements Frame {
    }
}
