package org.persistlab.analyzer.report;

/** How many tracked objects an analysis holds right now; flat for a steady load however long it runs. */
public record LiveCounts(int reorderBuffer, int transactions, int dialogs, int registrationAttempts,
                         int callAttempts, int failoverEntries) {
    public int total() {
        return reorderBuffer + transactions + dialogs + registrationAttempts + callAttempts + failoverEntries;
    }
}
