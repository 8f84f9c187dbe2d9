package org.persistlab.bench.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one simulation run reports beside its wall time, as JMH aux counters (secondary results):
 * the events the kernel fired, events per second of {@code run()}, and the peak heap.
 *
 * <p>Peak heap is the sum of each heap pool's peak since the run started (the JVM's own peak
 * counters, reset first): an upper bound of the heap ever in use, since the pools need not peak at
 * the same moment. The fork's {@code -Xmx2g} is the limit it had to fit in.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class RunFigures {
    public long events;
    public double eventsPerSecond;
    public double peakHeapMiB;

    @Setup(Level.Iteration)
    public void resetPeaks() {
        events = 0;
        eventsPerSecond = 0;
        peakHeapMiB = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    void record(long firedEvents, long runNanos) {
        events = firedEvents;
        eventsPerSecond = firedEvents / (runNanos / 1e9);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        peakHeapMiB = peak / (double) (1 << 20);
    }
}
