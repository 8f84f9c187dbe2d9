package org.persistlab.sim.phone;

import java.util.ArrayDeque;

/**
 * Records, from the phone's own traffic, the moments a capture at the phone's site can see during
 * a failover, with the same definitions the analyzer uses on the wire: the last response from the
 * primary before the first unanswered request, the first unanswered request (first transmission of
 * the first request sent after the last answered one that never got a response), the first request
 * to the gateway, the 200 OK that registers there, and the failback.
 */
final class PrimaryWatch {
    /** A request to the primary that has no response yet. */
    private record Pending(ClientTransaction txn, long lastResponseBefore) {
    }

    private final ArrayDeque<Pending> unanswered = new ArrayDeque<>();
    private long lastResponseAt = -1;
    private boolean frozen;
    private long firstUnansweredAt = -1;
    private long lastSignOfLife = -1;
    private long firstRequestToGatewayAt = -1;
    private long gatewayRegisteredAt = -1;
    private long failbackAt = -1;
    private boolean failoverStarted;

    void requestToPrimary(ClientTransaction t) {
        if (!frozen) {
            unanswered.addLast(new Pending(t, lastResponseAt));
        }
    }

    /** A response from the primary to {@code t}: every earlier-sent request stops counting as "first unanswered". */
    void responseFromPrimary(ClientTransaction t, long now) {
        if (frozen) {
            return;
        }
        lastResponseAt = now;
        boolean found = false;
        for (Pending p : unanswered) {
            if (p.txn == t) {
                found = true;
                break;
            }
        }
        if (found) {
            while (!unanswered.isEmpty()) {
                Pending p = unanswered.pollFirst();
                if (p.txn == t) {
                    break;
                }
            }
        }
    }

    void failoverStarted() {
        failoverStarted = true;
    }

    void requestToGateway(long firstSentAt) {
        if (failoverStarted && firstRequestToGatewayAt < 0) {
            firstRequestToGatewayAt = firstSentAt;
        }
    }

    /** The 200 OK of a REGISTER at the gateway: Limited Service. The failover's moments are fixed here. */
    void registeredAtGateway(long now) {
        if (gatewayRegisteredAt >= 0) {
            return;
        }
        gatewayRegisteredAt = now;
        Pending first = unanswered.peekFirst();
        if (first != null) {
            firstUnansweredAt = first.txn.firstSentAt;
            lastSignOfLife = first.lastResponseBefore;
        }
        frozen = true;
        unanswered.clear();
    }

    void registeredAtPrimaryAfterFailover(long now) {
        if (gatewayRegisteredAt >= 0 && failbackAt < 0) {
            failbackAt = now;
        }
    }

    /** When the phone started to go unanswered: the DETECTING state's start, if known yet. */
    long firstUnansweredSoFar() {
        Pending first = unanswered.peekFirst();
        return first == null ? -1 : first.txn.firstSentAt;
    }

    FailoverMoments moments() {
        return new FailoverMoments(lastSignOfLife, firstUnansweredAt, firstRequestToGatewayAt, gatewayRegisteredAt,
                failbackAt);
    }
}
