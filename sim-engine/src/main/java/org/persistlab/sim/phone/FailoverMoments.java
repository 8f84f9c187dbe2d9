package org.persistlab.sim.phone;

/**
 * One phone's failover as a capture at its site can see it; -1 where the moment did not happen.
 *
 * @param lastSignOfLife         last response from the primary before the first unanswered request
 * @param firstUnanswered        first transmission of the first request to the primary that got no response
 * @param firstRequestToGateway  first transmission of the first request to the gateway after failover began
 * @param gatewayRegistered      the 200 OK completing a REGISTER at the gateway (Limited Service)
 * @param failback               the first 200 OK to a REGISTER at the primary after that
 */
public record FailoverMoments(long lastSignOfLife, long firstUnanswered, long firstRequestToGateway,
                              long gatewayRegistered, long failback) {
    public boolean failedOver() {
        return gatewayRegistered >= 0;
    }

    /** Gateway 200 OK minus first unanswered request, the analyzer's failover latency; -1 when undefined. */
    public long latency() {
        return gatewayRegistered >= 0 && firstUnanswered >= 0 ? gatewayRegistered - firstUnanswered : -1;
    }
}
