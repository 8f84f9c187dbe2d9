package org.persistlab.sim.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.persistlab.sip.Endpoint;

/**
 * Counts refused REGISTERs (wrong password, unknown user) per source IP address; an address that
 * reaches the threshold within the window is refused outright for one window. At most
 * {@code maxSources} addresses are remembered: the one remembered longest is forgotten first, so a
 * flood from many addresses cannot grow memory (an attacker can only make the gateway forget).
 */
final class SourceThrottle {
    private static final class Entry {
        long windowStart;
        int failures;
        long blockedUntil = Long.MIN_VALUE;
    }

    private final int threshold;
    private final long window;
    private final Map<Endpoint, Entry> byAddress;

    SourceThrottle(int threshold, long windowNanos, int maxSources) {
        this.threshold = threshold;
        this.window = windowNanos;
        this.byAddress = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Endpoint, Entry> eldest) {
                return size() > maxSources;
            }
        };
    }

    boolean isBlocked(Endpoint src, long now) {
        if (byAddress.isEmpty()) {
            return false;
        }
        Entry e = byAddress.get(src.host());
        return e != null && now < e.blockedUntil;
    }

    void failure(Endpoint src, long now) {
        Endpoint key = src.host();
        Entry e = byAddress.get(key);
        if (e == null) {
            e = new Entry();
            e.windowStart = now;
            byAddress.put(key, e);
        } else if (now - e.windowStart >= window) {
            e.windowStart = now;
            e.failures = 0;
        }
        if (++e.failures >= threshold) {
            e.blockedUntil = now + window;
            e.failures = 0;
            e.windowStart = now;
        }
    }

    int tracked() {
        return byAddress.size();
    }
}
