package org.persistlab.analyzer.track;

/** A session attempt's identity: the Call-ID and From tag its INVITEs share (RFC 3261 §8.1.3.4, §22.2). */
public record CallKey(String callId, String fromTag) {
}
