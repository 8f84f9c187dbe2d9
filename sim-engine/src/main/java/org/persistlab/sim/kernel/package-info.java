/**
 * The discrete-event kernel: virtual time in {@code long} nanoseconds, an event calendar on primitive
 * arrays, and the run loop.
 *
 * <p>A model holds a {@link org.persistlab.sim.kernel.Simulator} (passed in, never static), keeps one
 * {@link org.persistlab.sim.kernel.Event} handler object per timer kind, and keeps the {@code long}
 * handle that {@code schedule} returns to cancel or query the timer ({@code EventCalendar.NO_EVENT}
 * when none is armed):
 *
 * <pre>{@code
 * long registerTimer = EventCalendar.NO_EVENT;
 * ...
 * sim.cancel(registerTimer);                                   // harmless if it already fired
 * registerTimer = sim.schedule(Durations.parse("32s"), onRegisterTimeout);
 * }</pre>
 *
 * Equal times fire in the order they were scheduled. Randomness lives in
 * {@link org.persistlab.sim.kernel.random}, statistics and replications in
 * {@link org.persistlab.sim.kernel.stats}.
 */
package org.persistlab.sim.kernel;
