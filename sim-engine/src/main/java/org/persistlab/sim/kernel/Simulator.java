package org.persistlab.sim.kernel;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.persistlab.sim.kernel.random.Distribution;
import org.persistlab.sim.kernel.random.RandomStream;

/**
 * One discrete-event kernel: a virtual clock in nanoseconds and a calendar of pending events. It pops
 * the earliest event, sets the clock to its time and fires it; handlers schedule and cancel further
 * events. Equal times fire in the order they were scheduled. A simulator is single-threaded (only
 * {@link #pause()} may be called from another thread); run replications on separate simulators.
 *
 * <p>Progress: for a progress bar either run in slices ({@code runUntil(now() + slice)} in a loop) or
 * set a {@link ProgressListener}, which the run methods call every N fired events.
 */
public final class Simulator {

    private final EventCalendar calendar;
    private long now;
    private long eventsFired;
    private boolean running;
    private volatile boolean pauseRequested;

    private TraceListener trace;
    private ProgressListener progress;
    private long progressEvery;
    private long progressCountdown;

    /** A simulator at time 0 on a {@link HeapCalendar}. */
    public Simulator() {
        this(new HeapCalendar());
    }

    /** A simulator at time 0 on the given (empty) calendar. */
    public Simulator(EventCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (!calendar.isEmpty()) {
            throw new IllegalArgumentException("the calendar already holds " + calendar.size() + " events");
        }
    }

    /** The virtual clock in nanoseconds; it never goes backwards. */
    public long now() {
        return now;
    }

    /** How many events have fired since the simulator was created. */
    public long eventsFired() {
        return eventsFired;
    }

    /** How many events are scheduled and not yet fired or cancelled. */
    public int pendingEvents() {
        return calendar.size();
    }

    /**
     * The time of the earliest pending event.
     *
     * @throws java.util.NoSuchElementException when nothing is pending
     */
    public long nextEventTime() {
        return calendar.firstTime();
    }

    /**
     * Schedules {@code event} to fire {@code delayNanos} from now.
     *
     * @return the handle for {@link #cancel(long)} and {@link #isPending(long)}; never
     *         {@link EventCalendar#NO_EVENT}
     * @throws IllegalArgumentException when the delay is negative or the time would overflow
     */
    public long schedule(long delayNanos, Event event) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("delay " + delayNanos + " ns is negative (now " + now + " ns)");
        }
        long time = now + delayNanos;
        if (time < 0) {
            throw new IllegalArgumentException(
                    "delay " + delayNanos + " ns from now " + now + " ns overflows the clock");
        }
        return calendar.add(time, Objects.requireNonNull(event, "event"));
    }

    /**
     * Schedules {@code event} to fire at {@code timeNanos}, which may be now but not earlier.
     *
     * @throws IllegalArgumentException when the time is in the past
     */
    public long scheduleAt(long timeNanos, Event event) {
        if (timeNanos < now) {
            throw new IllegalArgumentException(
                    "cannot schedule at " + timeNanos + " ns: it is before now (" + now + " ns)");
        }
        return calendar.add(timeNanos, Objects.requireNonNull(event, "event"));
    }

    /**
     * Cancels a pending event. Harmless on a handle that already fired, was cancelled, or is
     * {@link EventCalendar#NO_EVENT}: those return false.
     */
    public boolean cancel(long handle) {
        return calendar.cancel(handle);
    }

    /** True while the event behind {@code handle} has neither fired nor been cancelled. */
    public boolean isPending(long handle) {
        return calendar.isPending(handle);
    }

    /**
     * When a pending event will fire.
     *
     * @throws IllegalArgumentException when the handle is not pending
     */
    public long timeOf(long handle) {
        return calendar.timeOf(handle);
    }

    /** Fires {@code event} every {@code periodNanos}, the first time one period from now. */
    public PeriodicTimer every(long periodNanos, Event event) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period " + periodNanos + " ns is not positive");
        }
        return every(() -> periodNanos, event);
    }

    /**
     * Fires {@code event} repeatedly, each interval drawn afresh from {@code intervalNanos} (for
     * example {@code () -> keepAlive.sampleNanos(stream)} with a {@code UniformFraction(0.8, 1.0,
     * period)} for a keep-alive sent at a random 80 to 100 % of its period). The first firing is one
     * drawn interval from now.
     */
    public PeriodicTimer every(LongSupplier intervalNanos, Event event) {
        PeriodicTimer timer = new PeriodicTimer(this, intervalNanos, event);
        timer.start();
        return timer;
    }

    /**
     * Fires {@code event} repeatedly, each interval drawn from {@code interval} with {@code rng} (see
     * {@link Distribution#sampleNanos}); for instance {@code new UniformFraction(0.8, 1.0, period)} for a
     * keep-alive at a random 80 to 100 % of its period. The first firing is one drawn interval from now.
     */
    public PeriodicTimer every(Distribution interval, RandomStream rng, Event event) {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(rng, "rng");
        return every(() -> interval.sampleNanos(rng), event);
    }

    /**
     * Sets the trace listener, or removes it with null. With none set the kernel pays one null check
     * per event.
     */
    public void setTraceListener(TraceListener listener) {
        this.trace = listener;
    }

    /**
     * Calls {@code listener} every {@code everyNEvents} fired events during the run methods; null
     * removes it.
     */
    public void setProgressListener(ProgressListener listener, long everyNEvents) {
        if (listener != null && everyNEvents <= 0) {
            throw new IllegalArgumentException("progress interval " + everyNEvents + " events is not positive");
        }
        this.progress = listener;
        this.progressEvery = everyNEvents;
        this.progressCountdown = everyNEvents;
    }

    /**
     * Asks the current run (or, when none is running, the next one) to return {@link RunOutcome#PAUSED}
     * before firing its next event. Safe to call from a handler or from another thread. A pause
     * request is consumed by the run it stops.
     */
    public void pause() {
        pauseRequested = true;
    }

    /**
     * Fires the events up to and including {@code timeNanos}, then sets the clock to exactly
     * {@code timeNanos}, unless paused first.
     *
     * @throws IllegalArgumentException when {@code timeNanos} is before now
     */
    public RunOutcome runUntil(long timeNanos) {
        if (timeNanos < now) {
            throw new IllegalArgumentException(
                    "cannot run until " + timeNanos + " ns: it is before now (" + now + " ns)");
        }
        return run(timeNanos, null, true);
    }

    /** Fires events until none is left (or a pause). The clock stays at the last event's time. */
    public RunOutcome runUntilEmpty() {
        return run(Long.MAX_VALUE, null, false);
    }

    /**
     * Fires events while {@code condition} holds; it is checked before every event. Returns
     * {@link RunOutcome#CONDITION_MET} when it stops holding, {@link RunOutcome#EMPTY} when the events
     * run out first.
     */
    public RunOutcome runWhile(BooleanSupplier condition) {
        return run(Long.MAX_VALUE, Objects.requireNonNull(condition, "condition"), false);
    }

    /** Fires events until {@code stopCondition} holds; it is checked before every event. */
    public RunOutcome runUntil(BooleanSupplier stopCondition) {
        Objects.requireNonNull(stopCondition, "stopCondition");
        return runWhile(() -> !stopCondition.getAsBoolean());
    }

    /**
     * Fires exactly one event, if there is one. Ignores pause requests (a step is already a pause).
     *
     * @return false when no event was pending
     */
    public boolean step() {
        if (calendar.isEmpty()) {
            return false;
        }
        enter();
        try {
            fireFirst(calendar.firstTime());
        } finally {
            running = false;
        }
        return true;
    }

    private RunOutcome run(long limit, BooleanSupplier condition, boolean advanceToLimit) {
        enter();
        try {
            EventCalendar cal = calendar;
            while (true) {
                if (pauseRequested) {
                    pauseRequested = false;
                    return RunOutcome.PAUSED;
                }
                if (condition != null && !condition.getAsBoolean()) {
                    return RunOutcome.CONDITION_MET;
                }
                if (cal.isEmpty()) {
                    if (advanceToLimit) {
                        now = limit;
                        return RunOutcome.TIME_REACHED;
                    }
                    return RunOutcome.EMPTY;
                }
                long time = cal.firstTime();
                if (time > limit) {
                    now = limit;
                    return RunOutcome.TIME_REACHED;
                }
                fireFirst(time);
            }
        } finally {
            running = false;
        }
    }

    private void fireFirst(long time) {
        now = time;
        Event event = calendar.removeFirst();
        eventsFired++;
        if (trace != null) {
            trace.onEvent(time, Traced.kindOf(event), Traced.entityOf(event));
        }
        event.fire(this);
        if (progress != null && --progressCountdown == 0) {
            progressCountdown = progressEvery;
            progress.onProgress(now, eventsFired);
        }
    }

    private void enter() {
        if (running) {
            throw new IllegalStateException("the simulator is already running: a handler cannot call a run method");
        }
        running = true;
    }
}
