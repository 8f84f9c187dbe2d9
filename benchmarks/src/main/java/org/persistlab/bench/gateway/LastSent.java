package org.persistlab.bench.gateway;

import org.persistlab.sim.gateway.GatewayEvent;
import org.persistlab.sim.gateway.Outbox;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * The benchmarks' outbox: drops everything, keeping only a reference to the last message sent to
 * each of a few watched addresses (the call benchmark's phones answer them) and a count of what was
 * sent. No copy, no list: as close to a no-op as a host can be.
 */
final class LastSent implements Outbox {
    private final Endpoint[] watched;
    private final byte[][] last;
    private long sent;

    LastSent(Endpoint... watched) {
        this.watched = watched.clone();
        this.last = new byte[watched.length][];
    }

    @Override
    public void send(Endpoint dst, Transport transport, byte[] message) {
        sent++;
        for (int i = 0; i < watched.length; i++) {
            if (dst.equals(watched[i])) {
                last[i] = message;
            }
        }
    }

    @Override
    public void record(GatewayEvent event) {
        // Truth events are for the simulator's timeline; a benchmark host keeps none.
    }

    /** The last message sent to the {@code i}-th watched address, or {@code null}. */
    byte[] last(int i) {
        return last[i];
    }

    long sent() {
        return sent;
    }
}
