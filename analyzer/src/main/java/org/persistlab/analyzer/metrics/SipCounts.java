package org.persistlab.analyzer.metrics;

import java.util.Map;

/**
 * Message counts, retransmissions included in the per-method and per-status maps (as tshark's
 * {@code -z sip,stat} counts them).
 *
 * @param untracked messages whose headers could not be read for tracking (counted, not tracked)
 * @param requests  method -> request messages, methods in alphabetical order
 * @param responses status code as text -> response messages, codes in numeric order
 */
public record SipCounts(long messages, long retransmissions, long untracked, Map<String, Long> requests,
                        Map<String, Long> responses) {
    public SipCounts {
        requests = Ordered.copy(requests);
        responses = Ordered.copy(responses);
    }
}
