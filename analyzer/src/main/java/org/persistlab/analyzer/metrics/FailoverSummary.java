package org.persistlab.analyzer.metrics;

import java.util.List;

/** Per-phone failover moments, ordered by phone address, and the latency distribution over phones. */
public record FailoverSummary(List<PhoneFailover> phones, DelayStats latency) {
    public FailoverSummary {
        phones = List.copyOf(phones);
    }
}
