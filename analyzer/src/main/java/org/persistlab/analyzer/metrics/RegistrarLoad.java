package org.persistlab.analyzer.metrics;

/**
 * REGISTER requests per second arriving at one registrar (destination IP:port), retransmissions
 * and credentialed re-sends included.
 */
public record RegistrarLoad(String registrar, long peakPerSecond, PerSecondSeries perSecond) {
}
