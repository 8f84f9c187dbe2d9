package org.persistlab.sip;

import java.util.Objects;

/**
 * One SIP message seen on the wire: the seam of the whole lab. The simulator's tap emits these and
 * the capture decoder emits these, and the analyzer consumes them without knowing which produced them.
 *
 * @param timeNanos when the message was seen: virtual nanoseconds in the simulator, nanoseconds since
 *                  the Unix epoch in a capture
 */
public record WireEvent(long timeNanos, Endpoint src, Endpoint dst, Transport transport, SipMessage message) {
    public WireEvent {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(message, "message");
    }
}
