package org.persistlab.analyzer.track;

/**
 * A dialog's identity (RFC 3261 §12): Call-ID and the two tags. The tags are stored in a fixed order
 * so that requests from either end (whose From and To tags are swapped) find the same dialog.
 */
public record DialogKey(String callId, String tagA, String tagB) {
    /** Returns {@code null} when a part is missing (no dialog can be named). */
    public static DialogKey of(String callId, String fromTag, String toTag) {
        if (callId == null || fromTag == null || toTag == null) {
            return null;
        }
        return fromTag.compareTo(toTag) <= 0 ? new DialogKey(callId, fromTag, toTag)
                : new DialogKey(callId, toTag, fromTag);
    }
}
