package org.persistlab.sim.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.persistlab.sip.Endpoint;

/**
 * Which TLS peers already have a connection (and so a finished handshake): the core never sees
 * sockets, so a TLS peer counts as new until its first request has been served, and again after the
 * host reports the connection closed. Bounded like {@link SourceThrottle}: forgetting a peer only
 * charges it one more handshake.
 */
final class TlsConnections {
    private final Map<Endpoint, Boolean> known;

    TlsConnections(int maxPeers) {
        known = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Endpoint, Boolean> eldest) {
                return size() > maxPeers;
            }
        };
    }

    boolean isKnown(Endpoint peer) {
        return known.containsKey(peer);
    }

    void established(Endpoint peer) {
        known.put(peer, Boolean.TRUE);
    }

    void closed(Endpoint peer) {
        known.remove(peer);
    }

    int tracked() {
        return known.size();
    }
}
