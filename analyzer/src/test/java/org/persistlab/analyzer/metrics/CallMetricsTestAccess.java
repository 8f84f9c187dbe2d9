package org.persistlab.analyzer.metrics;

import java.util.List;
import org.persistlab.sip.WireEvent;

/** Lends the hand-written call and failover dialogues to the report tests. */
public final class CallMetricsTestAccess {
    private CallMetricsTestAccess() {
    }

    public static List<WireEvent> sevenAttempts() {
        return CallMetricsTest.sevenAttempts();
    }
}
