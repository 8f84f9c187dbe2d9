package org.persistlab.sim.kernel;

/**
 * Called by a running simulator every N fired events (see
 * {@link Simulator#setProgressListener(ProgressListener, long)}), on the simulator's thread, between
 * two events. It may call {@link Simulator#pause()}.
 */
@FunctionalInterface
public interface ProgressListener {
    void onProgress(long nowNanos, long eventsFired);
}
