package org.persistlab.sip;

/**
 * The one error our SIP parsing throws: the input is not a well-formed SIP message. It names the
 * byte offset (relative to the start of the message) where parsing stopped, so a report can point
 * at the file offset. Programmer errors (a null array, a bad range) are ordinary runtime exceptions.
 */
public final class SipParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int offset;
    private final String reason;

    public SipParseException(int offset, String reason) {
        super(reason + " at byte " + offset);
        this.offset = offset;
        this.reason = reason;
    }

    /** Byte offset within the message where the problem was found. */
    public int offset() {
        return offset;
    }

    /** What was wrong, without the offset. */
    public String reason() {
        return reason;
    }
}
