package org.persistlab.sim.run;

import org.persistlab.sim.kernel.Event;
import org.persistlab.sim.kernel.Simulator;

/**
 * Drives one sans-IO core from the kernel: a single calendar entry that always sits at the core's
 * next deadline. After every call into the core the entry is moved if the deadline changed.
 */
abstract class CoreDriver implements Event {
    protected final Simulator sim;
    private long handle = -1;
    private long scheduledAt = Long.MAX_VALUE;

    CoreDriver(Simulator sim) {
        this.sim = sim;
    }

    abstract long nextDeadline();

    abstract void onTimer(long now);

    @Override
    public final void fire(Simulator s) {
        handle = -1;
        scheduledAt = Long.MAX_VALUE;
        onTimer(s.now());
        reschedule();
    }

    final void reschedule() {
        long d = nextDeadline();
        if (d == scheduledAt) {
            return;
        }
        if (handle >= 0) {
            sim.cancel(handle);
            handle = -1;
        }
        scheduledAt = d;
        if (d != Long.MAX_VALUE) {
            handle = sim.scheduleAt(Math.max(d, sim.now()), this);
        }
    }
}
