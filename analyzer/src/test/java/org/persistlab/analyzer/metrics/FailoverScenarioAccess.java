package org.persistlab.analyzer.metrics;

import java.util.List;
import org.persistlab.sip.WireEvent;

/** Lends the two-phone outage to the report tests. */
public final class FailoverScenarioAccess {
    private FailoverScenarioAccess() {
    }

    public static List<WireEvent> events() {
        return FailoverScenario.events();
    }
}
