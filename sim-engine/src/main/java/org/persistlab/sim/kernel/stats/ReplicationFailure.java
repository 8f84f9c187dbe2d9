package org.persistlab.sim.kernel.stats;

import java.io.Serializable;

/** A replication that threw instead of returning metrics: which one, and the exception's text. */
public record ReplicationFailure(int index, String error) implements Serializable {
}
