package org.persistlab.analyzer.report;

import java.util.Map;
import org.persistlab.analyzer.metrics.CallSummary;
import org.persistlab.analyzer.metrics.FailoverSummary;
import org.persistlab.analyzer.metrics.RegistrationSummary;
import org.persistlab.analyzer.metrics.SipCounts;

/**
 * Everything {@link WireAnalysis} found, immutable.
 *
 * @param firstEventNanos the earliest wire event's time, {@code null} when there was none
 * @param lastEventNanos  the latest wire event's time, {@code null} when there was none
 */
public record AnalysisReport(Long firstEventNanos, Long lastEventNanos, SipCounts sip,
                             RegistrationSummary registrations, CallSummary calls, FailoverSummary failover) {

    /**
     * The report as an ordered tree of {@code LinkedHashMap}, {@code List}, {@code String},
     * {@code Long}, {@code Double}, {@code Boolean} and {@code null}, for the JSON renderer.
     */
    public Map<String, Object> toTree() {
        return ReportTree.of(this);
    }
}
