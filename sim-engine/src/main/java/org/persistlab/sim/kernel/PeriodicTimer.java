package org.persistlab.sim.kernel;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A repeating event made by {@link Simulator#every}. Each firing runs the handler, then, unless the
 * handler cancelled the timer, draws the next interval and schedules the next firing. Because the draw
 * comes after the handler, a cancelled timer consumes no further random numbers.
 *
 * <p>An interval that rounds to 0 ns is stretched to 1 ns, so the timer cannot fire twice at one
 * instant; a negative interval stops the timer with an {@link IllegalArgumentException}.
 *
 * <p>The trace sees the handler's kind and entity when the handler is {@link Traced}.
 */
public final class PeriodicTimer implements Event, Traced {

    private final Simulator sim;
    private final LongSupplier intervalNanos;
    private final Event handler;
    private long handle = EventCalendar.NO_EVENT;
    private boolean active;
    private long firings;

    PeriodicTimer(Simulator sim, LongSupplier intervalNanos, Event handler) {
        this.sim = sim;
        this.intervalNanos = Objects.requireNonNull(intervalNanos, "intervalNanos");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    void start() {
        active = true;
        scheduleNext();
    }

    /**
     * Stops the timer; no further firing happens. Callable from the handler itself.
     *
     * @return false when it was already cancelled
     */
    public boolean cancel() {
        if (!active) {
            return false;
        }
        active = false;
        sim.cancel(handle);
        return true;
    }

    /** True until {@link #cancel()} is called. */
    public boolean isActive() {
        return active;
    }

    /** How many times the handler has run. */
    public long firings() {
        return firings;
    }

    /**
     * When the next firing is due.
     *
     * @throws IllegalStateException when the timer is cancelled, or is asked from inside its own handler
     */
    public long nextFiringTime() {
        if (!sim.isPending(handle)) {
            throw new IllegalStateException("the timer has no pending firing");
        }
        return sim.timeOf(handle);
    }

    @Override
    public void fire(Simulator simulator) {
        firings++;
        handler.fire(simulator);
        if (active) {
            scheduleNext();
        }
    }

    @Override
    public String kind() {
        return Traced.kindOf(handler);
    }

    @Override
    public long entity() {
        return Traced.entityOf(handler);
    }

    private void scheduleNext() {
        long interval = intervalNanos.getAsLong();
        if (interval < 0) {
            active = false;
            throw new IllegalArgumentException("periodic interval " + interval + " ns is negative");
        }
        // A drawn interval can round to 0 ns; firing twice at one instant would never let time move.
        handle = sim.schedule(Math.max(interval, 1), this);
    }
}
