package org.persistlab.sim.kernel;

/**
 * What happens when a scheduled moment arrives. Handlers are plain objects and may be scheduled again
 * and again (a phone keeps one handler per timer kind and reschedules it), because the calendar
 * identifies a scheduled occurrence by its {@code long} handle, not by the handler.
 *
 * <p>Implement {@link Traced} as well to give the trace a kind and an entity.
 */
@FunctionalInterface
public interface Event {
    /**
     * Runs the event. The clock ({@link Simulator#now()}) already reads the event's time; the handler
     * may schedule and cancel other events, and may call {@link Simulator#pause()}.
     */
    void fire(Simulator sim);
}
