package org.persistlab.shell.serve;

import org.persistlab.sim.gateway.GatewayEvent;

/**
 * What a running {@link GatewayServer} tells its host. Both methods may be called from the server's
 * threads, so an implementation must not block for long and must be safe to call concurrently with
 * the host's own printing.
 */
public interface ServerListener {
    /** A decision of the gateway core (registration accepted or refused, a license, a call, a 503). */
    void event(GatewayEvent event);

    /** Something the operator should read: a send that failed, capture unavailable, a dropped message. */
    void notice(String message);

    /** A listener that ignores everything. */
    static ServerListener silent() {
        return new ServerListener() {
            @Override
            public void event(GatewayEvent event) {
            }

            @Override
            public void notice(String message) {
            }
        };
    }
}
