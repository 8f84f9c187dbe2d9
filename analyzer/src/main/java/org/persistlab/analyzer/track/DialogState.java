package org.persistlab.analyzer.track;

/** A dialog's life as seen on the wire (RFC 3261 §12, §15). */
public enum DialogState {
    /** Created by a 101-199 response with a To tag to an initial INVITE. */
    EARLY,
    /** A 2xx to the INVITE seen (or an in-dialog BYE for a dialog that began before the capture). */
    CONFIRMED,
    /** A BYE sent; waiting for its final response. */
    TERMINATING,
    /** Ended: BYE answered, early dialog failed, BYE failed or timed out, or released idle. */
    TERMINATED
}
