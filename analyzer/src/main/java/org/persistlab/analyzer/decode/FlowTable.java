package org.persistlab.analyzer.decode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Per-connection state with bounded memory: entries are kept in least-recently-used order, a flow
 * idle for longer than the timeout (in capture time) is released, and when the table is full the
 * least recently used flow is released to make room. Released flows are handed to a callback so
 * their owner can flush them.
 *
 * @param <V> the flow state
 */
final class FlowTable<V extends FlowTable.Flow> {
    /** What the table needs to know about a flow. */
    interface Flow {
        long lastSeenNanos();
    }

    private final LinkedHashMap<FlowKey, V> flows = new LinkedHashMap<>(256, 0.75f, true);
    private final int maxFlows;
    private final long idleNanos;
    private final Consumer<V> onRelease;
    private long released;

    FlowTable(int maxFlows, long idleNanos, Consumer<V> onRelease) {
        this.maxFlows = maxFlows;
        this.idleNanos = idleNanos;
        this.onRelease = onRelease;
    }

    /** The flow for {@code probe}, or {@code null}; marks it most recently used. */
    V get(FlowKey probe) {
        return flows.get(probe);
    }

    void put(FlowKey probe, V flow) {
        if (flows.size() >= maxFlows) {
            Iterator<Map.Entry<FlowKey, V>> it = flows.entrySet().iterator();
            V oldest = it.next().getValue();
            it.remove();
            release(oldest);
        }
        flows.put(probe.copy(), flow);
    }

    void remove(FlowKey probe) {
        V flow = flows.remove(probe);
        if (flow != null) {
            release(flow);
        }
    }

    /** Releases every flow idle since before {@code nowNanos - idle}, oldest first. */
    void expire(long nowNanos) {
        Iterator<Map.Entry<FlowKey, V>> it = flows.entrySet().iterator();
        while (it.hasNext()) {
            V flow = it.next().getValue();
            if (nowNanos - flow.lastSeenNanos() <= idleNanos) {
                break;
            }
            it.remove();
            release(flow);
        }
    }

    /** Releases everything (end of capture), oldest first. */
    void releaseAll() {
        Iterator<Map.Entry<FlowKey, V>> it = flows.entrySet().iterator();
        while (it.hasNext()) {
            V flow = it.next().getValue();
            it.remove();
            release(flow);
        }
    }

    private void release(V flow) {
        released++;
        onRelease.accept(flow);
    }

    int size() {
        return flows.size();
    }

    long released() {
        return released;
    }
}
