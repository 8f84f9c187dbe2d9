package org.persistlab.sim.kernel.stats;

import java.io.Serializable;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The metrics one replication returned, sorted by name. */
public record ReplicationResult(int index, SortedMap<String, Double> metrics) implements Serializable {
    public ReplicationResult {
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
    }
}
