package org.persistlab.analyzer.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.persistlab.sip.SipMessage;

/** Counts every message by request method and response status, from the start line alone. */
public final class MessageCounts {
    private long messages;
    private long untracked;
    private final Map<String, Long> requests = new TreeMap<>();
    private final Map<Integer, Long> responses = new TreeMap<>();

    public void count(SipMessage m) {
        messages++;
        if (m.isRequest()) {
            requests.merge(m.method(), 1L, Long::sum);
        } else {
            responses.merge(m.statusCode(), 1L, Long::sum);
        }
    }

    public void untracked() {
        untracked++;
    }

    public SipCounts summary(long retransmissions) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        responses.forEach((code, n) -> byStatus.put(Integer.toString(code), n));
        return new SipCounts(messages, retransmissions, untracked, requests, byStatus);
    }
}
