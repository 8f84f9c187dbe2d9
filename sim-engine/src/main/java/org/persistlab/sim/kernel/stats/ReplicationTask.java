package org.persistlab.sim.kernel.stats;

import java.util.Map;

/**
 * One replication: builds its own simulator and models, runs them, and returns its metrics. Input is
 * only the replication index (the task holds the scenario and the master seed, and takes its random
 * streams from {@code new RandomStreams(seed).forReplication(index)}); output is only the returned map.
 * Replications run on several threads at once, so a task must not touch mutable state shared with
 * another replication.
 */
@FunctionalInterface
public interface ReplicationTask {
    /**
     * Runs replication {@code index}.
     *
     * @return metric name to value; names need not be the same in every replication
     */
    Map<String, Double> run(int index) throws Exception;
}
