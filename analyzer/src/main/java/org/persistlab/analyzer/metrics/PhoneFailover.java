package org.persistlab.analyzer.metrics;

/**
 * One phone's failover as seen on the wire. Moments are capture-time nanoseconds (epoch or virtual),
 * exact message times, {@code null} when absent.
 *
 * @param phone                  the phone's IP address
 * @param primary                the primary registrar (IP:port, or IP for "any port")
 * @param gateway                the gateway registrar, when one was found
 * @param lastPrimarySignNanos   the last response from the primary (or encrypted packet from its
 *                               address) before the first unanswered request, or before the first
 *                               request to the gateway when no unanswered request is visible
 * @param firstUnansweredNanos   first transmission of the first request to the primary, after the
 *                               last answered one, that never got any response
 * @param firstGatewayRequestNanos first transmission of the first request to the gateway after that
 * @param gatewayRegisteredNanos the 2xx that completes a REGISTER at the gateway (Limited Service)
 * @param failbackNanos          the first 2xx to a REGISTER at the primary after that
 * @param latencyNanos           gatewayRegistered - firstUnanswered
 */
public record PhoneFailover(String phone, String primary, String gateway, Long lastPrimarySignNanos,
                            Long firstUnansweredNanos, Long firstGatewayRequestNanos, Long gatewayRegisteredNanos,
                            Long failbackNanos, Long latencyNanos) {

    /** The latency in ms rounded to 3 decimals, or {@code null}. */
    public Double latencyMs() {
        return latencyNanos == null ? null : Rounding.millis(latencyNanos);
    }
}
