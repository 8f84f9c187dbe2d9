package org.persistlab.bench;

/**
 * Two benchmark methods of one suite, ours and a peer's, whose scores are compared for every set of
 * parameters they share.
 */
public record RatioPair(String ours, String peer) {
    public RatioPair {
        if (ours.equals(peer)) {
            throw new IllegalArgumentException("a ratio needs two different benchmarks, got " + ours + " twice");
        }
    }
}
