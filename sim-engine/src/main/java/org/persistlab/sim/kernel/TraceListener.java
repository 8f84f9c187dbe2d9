package org.persistlab.sim.kernel;

/**
 * Sees every event just before it fires. Off by default; when no listener is set the kernel pays one
 * null check per event.
 */
@FunctionalInterface
public interface TraceListener {
    /**
     * @param timeNanos the event's virtual time
     * @param kind      {@link Traced#kindOf(Event)} of the handler
     * @param entity    {@link Traced#entityOf(Event)} of the handler
     */
    void onEvent(long timeNanos, String kind, long entity);
}
