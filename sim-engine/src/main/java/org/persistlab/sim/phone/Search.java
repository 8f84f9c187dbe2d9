package org.persistlab.sim.phone;

/** A controller search: which controllers answered the probe, and which can no longer answer. */
final class Search {
    final boolean[] answered;
    final boolean[] failed;

    Search(int controllers) {
        answered = new boolean[controllers];
        failed = new boolean[controllers];
    }

    /** True when every controller has answered or failed, so waiting longer changes nothing. */
    boolean settled() {
        for (int i = 0; i < answered.length; i++) {
            if (!answered[i] && !failed[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the best-ranked controller that answered cannot be beaten: every higher-ranked one
     * has failed. The phone registers with the highest-ranked controller that answered.
     */
    boolean decided() {
        for (int i = 0; i < answered.length; i++) {
            if (answered[i]) {
                return true;
            }
            if (!failed[i]) {
                return false;
            }
        }
        return true;
    }

    /** Index of the highest-ranked controller that answered, or -1. */
    int best() {
        for (int i = 0; i < answered.length; i++) {
            if (answered[i]) {
                return i;
            }
        }
        return -1;
    }
}
