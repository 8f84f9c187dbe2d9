package org.persistlab.sim.kernel.stats;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a set of replications produced: each successful replication's metrics in index order, the
 * failures in index order, and a summary per metric name (sorted). Identical whatever the thread count.
 */
public record ReplicationReport(
        List<ReplicationResult> results,
        List<ReplicationFailure> failures,
        SortedMap<String, MetricSummary> summaries) implements Serializable {

    public ReplicationReport {
        results = List.copyOf(results);
        failures = List.copyOf(failures);
        summaries = Collections.unmodifiableSortedMap(new TreeMap<>(summaries));
    }
}
