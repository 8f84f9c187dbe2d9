package org.persistlab.analyzer.track;

import java.util.Objects;

/**
 * A session attempt's identity: the Call-ID and From tag its INVITEs share (RFC 3261 §8.1.3.4, §22.2).
 * The hash is computed once (and is the one a record of the two would have).
 */
public final class CallKey {
    private final String callId;
    private final String fromTag;
    private final int hash;

    public CallKey(String callId, String fromTag) {
        this.callId = callId;
        this.fromTag = fromTag;
        this.hash = 31 * Objects.hashCode(callId) + Objects.hashCode(fromTag);
    }

    public String callId() {
        return callId;
    }

    public String fromTag() {
        return fromTag;
    }

    /** True when this key is the one of {@code callId} and {@code fromTag} (compared as {@link #equals} does). */
    boolean is(String otherCallId, String otherFromTag) {
        return Objects.equals(callId, otherCallId) && Objects.equals(fromTag, otherFromTag);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CallKey k && k.hash == hash && Objects.equals(k.callId, callId)
                && Objects.equals(k.fromTag, fromTag);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "CallKey[callId=" + callId + ", fromTag=" + fromTag + "]";
    }
}
