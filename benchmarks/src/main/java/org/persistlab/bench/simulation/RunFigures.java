package org.persistlab.bench.simulation;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What one simulation run reports beside its wall time, as JMH aux counters (secondary results): the
 * events the kernel fired, events per second of {@code run()}, the most heap in use ({@link HeapWatch},
 * bounded by the fork's {@code -Xmx2g}), the most still in use after a full collection, and how many
 * full collections ran. JMH sums
 * these over forks; the README shows the mean per run.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class RunFigures {
    private static final double MIB = 1 << 20;

    public long events;
    public double eventsPerSecond;
    public double peakHeapMiB;
    public double liveAfterFullGcMiB;
    public long fullGcs;
    private HeapWatch heap;

    @Setup(Level.Iteration)
    public void watch() {
        events = 0;
        eventsPerSecond = 0;
        peakHeapMiB = 0;
        liveAfterFullGcMiB = 0;
        fullGcs = 0;
        heap = new HeapWatch();
    }

    @TearDown(Level.Iteration)
    public void stopWatching() {
        heap.close();
    }

    void record(long firedEvents, long runNanos) {
        events = firedEvents;
        eventsPerSecond = firedEvents / (runNanos / 1e9);
        peakHeapMiB = heap.peakUsedBytes() / MIB;
        liveAfterFullGcMiB = heap.peakLiveBytes() / MIB;
        fullGcs = heap.fullCollections();
    }
}
