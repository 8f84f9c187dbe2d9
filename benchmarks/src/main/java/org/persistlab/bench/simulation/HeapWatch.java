package org.persistlab.bench.simulation;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches every garbage collection while it is open and keeps two high-water marks: the heap in use
 * just before a collection (the most the heap ever held, at most {@code -Xmx}), and the heap in use
 * just after a full collection (the most that was really live; a minor collection leaves old garbage
 * behind, so only full ones count; 0 when none ran, which means the heap never ran short).
 * Collections report on a JMX thread, hence the synchronisation.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private long peakUsed;
    private long peakLive;
    private long fullCollections;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(this, null, null);
                emitters.add(e);
            }
        }
    }

    @Override
    public synchronized void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        peakUsed = Math.max(peakUsed, heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
        if (info.getGcAction().contains("major")) {
            fullCollections++;
            peakLive = Math.max(peakLive, heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
        }
    }

    /** The most the heap held: before any collection, or now. */
    synchronized long peakUsedBytes() {
        return Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The most still in use after a full collection (0 when none ran). */
    synchronized long peakLiveBytes() {
        return peakLive;
    }

    synchronized long fullCollections() {
        return fullCollections;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // Already gone: nothing left to undo.
            }
        }
    }

    /** Heap pools only: the collectors also report non-heap pools (metaspace, code cache). */
    private static long heapUsed(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage u = pools.get(pool.getName());
                if (u != null) {
                    sum += u.getUsed();
                }
            }
        }
        return sum;
    }
}
