package org.persistlab.sim.phone;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * One client transaction of the phone (RFC 3261 §17.1): the request, where it went, its
 * retransmission schedule over UDP, and the time it gives up. What the phone does with the answer
 * depends on {@link #purpose} and {@link #context}.
 */
final class ClientTransaction {
    enum Purpose { REGISTER, OPTIONS_POLL, SEARCH_PROBE, INVITE, BYE, CANCEL, UNREGISTER }

    final String branch;
    final String method;
    final Purpose purpose;
    final Controller controller;
    final Endpoint dst;
    final Transport transport;
    final byte[] request;
    final long firstSentAt;
    final Object context;
    long nextRetransmitAt;
    long retransmitInterval;
    long timeoutAt;
    boolean provisional;
    int transmissions = 1;

    ClientTransaction(String branch, String method, Purpose purpose, Controller controller, Endpoint dst,
                      Transport transport, byte[] request, long now, long timeout, Object context) {
        this.branch = branch;
        this.method = method;
        this.purpose = purpose;
        this.controller = controller;
        this.dst = dst;
        this.transport = transport;
        this.request = request;
        this.firstSentAt = now;
        this.context = context;
        boolean invite = method.equals("INVITE");
        long protocolTimeout = invite ? SipTimers.TIMER_B : SipTimers.TIMER_F;
        this.timeoutAt = now + Math.min(timeout, protocolTimeout);
        this.retransmitInterval = SipTimers.T1;
        this.nextRetransmitAt = transport.reliable() ? TimerTable.NONE : now + SipTimers.T1;
    }

    boolean isInvite() {
        return method.equals("INVITE");
    }

    long nextDeadline() {
        return Math.min(nextRetransmitAt, timeoutAt);
    }

    /** Moves the retransmission timer on after a retransmission at {@code now}. */
    void retransmitted(long now) {
        transmissions++;
        retransmitInterval = provisional ? SipTimers.T2 : SipTimers.nextInterval(retransmitInterval, isInvite());
        nextRetransmitAt = now + retransmitInterval;
    }

    /**
     * A provisional response: an INVITE stops retransmitting and leaves the fast-response window
     * (RFC 3261 §17.1.1.2, J100 FAST_RESPONSE_TIMEOUT), and from then on waits for the callee without
     * a transaction timeout (the caller's ring timeout ends it); a non-INVITE retransmits every T2
     * (§17.1.2.2) until Timer F.
     */
    void provisional() {
        if (provisional) {
            return;
        }
        provisional = true;
        if (isInvite()) {
            nextRetransmitAt = TimerTable.NONE;
            timeoutAt = TimerTable.NONE;
        }
    }
}
