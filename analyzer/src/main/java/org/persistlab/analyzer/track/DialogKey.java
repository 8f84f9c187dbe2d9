package org.persistlab.analyzer.track;

import java.util.Objects;

/**
 * A dialog's identity (RFC 3261 §12): Call-ID and the two tags. The tags are stored in a fixed order
 * so that requests from either end (whose From and To tags are swapped) find the same dialog. The
 * hash is computed once (and is the one a record of the three would have).
 */
public final class DialogKey {
    private final String callId;
    private final String tagA;
    private final String tagB;
    private final int hash;

    public DialogKey(String callId, String tagA, String tagB) {
        this.callId = callId;
        this.tagA = tagA;
        this.tagB = tagB;
        this.hash = 31 * (31 * Objects.hashCode(callId) + Objects.hashCode(tagA)) + Objects.hashCode(tagB);
    }

    /** Returns {@code null} when a part is missing (no dialog can be named). */
    public static DialogKey of(String callId, String fromTag, String toTag) {
        if (callId == null || fromTag == null || toTag == null) {
            return null;
        }
        return fromTag.compareTo(toTag) <= 0 ? new DialogKey(callId, fromTag, toTag)
                : new DialogKey(callId, toTag, fromTag);
    }

    public String callId() {
        return callId;
    }

    public String tagA() {
        return tagA;
    }

    public String tagB() {
        return tagB;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof DialogKey k && k.hash == hash && Objects.equals(k.callId, callId)
                && Objects.equals(k.tagA, tagA) && Objects.equals(k.tagB, tagB);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "DialogKey[callId=" + callId + ", tagA=" + tagA + ", tagB=" + tagB + "]";
    }
}
