package org.persistlab.analyzer.metrics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.persistlab.sip.SipMessage;

/**
 * Counts every message by request method and response status, from the start line alone.
 *
 * <p>Every message passes here, so counting allocates nothing: a counter per method found by hash
 * (methods are few, and the parser gives the known ones as shared strings), and an array indexed by
 * status code. Both are put in order only for the summary.
 */
public final class MessageCounts {
    /** Status codes have three digits. */
    private static final int STATUS_CODES = 1000;

    private long messages;
    private long untracked;
    private final Map<String, long[]> requests = new HashMap<>();
    private final long[] responses = new long[STATUS_CODES];
    /** Any status outside 0..999, should a parser ever let one through. */
    private final Map<Integer, Long> otherResponses = new TreeMap<>();

    public void count(SipMessage m) {
        messages++;
        if (m.isRequest()) {
            long[] n = requests.get(m.method());
            if (n == null) {
                n = new long[1];
                requests.put(m.method(), n);
            }
            n[0]++;
        } else {
            int status = m.statusCode();
            if (status >= 0 && status < STATUS_CODES) {
                responses[status]++;
            } else {
                otherResponses.merge(status, 1L, Long::sum);
            }
        }
    }

    public void untracked() {
        untracked++;
    }

    public SipCounts summary(long retransmissions) {
        Map<String, Long> byMethod = new TreeMap<>();
        requests.forEach((method, n) -> byMethod.put(method, n[0]));
        Map<Integer, Long> byCode = new TreeMap<>(otherResponses);
        for (int code = 0; code < STATUS_CODES; code++) {
            if (responses[code] > 0) {
                byCode.put(code, responses[code]);
            }
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byCode.forEach((code, n) -> byStatus.put(Integer.toString(code), n));
        return new SipCounts(messages, retransmissions, untracked, byMethod, byStatus);
    }
}
