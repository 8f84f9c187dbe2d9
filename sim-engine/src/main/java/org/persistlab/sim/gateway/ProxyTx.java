package org.persistlab.sim.gateway;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipMethod;
import org.persistlab.sip.Transport;

/**
 * One request the gateway forwarded (the client side of a stateful proxy, RFC 3261 §16.6): our
 * branch, where responses go back to (upstream) and where the request went (downstream), and what
 * is needed to originate the hop-by-hop ACK and CANCEL. Responses are matched to it by our branch.
 */
final class ProxyTx {
    final int slot;
    final String branch;
    final SipMethod method;
    /** The call it belongs to. */
    final Call call;
    final Endpoint up;
    final Transport upTransport;
    final Endpoint down;
    final Transport downTransport;
    /** The request as received, to answer it when the gateway itself gives up (Timers C and F). */
    final SipMessage request;
    final byte[] forwarded;
    final String requestUri;
    final String via;
    final String routes;
    final String callId;
    final long cseq;
    /** The upstream server transaction (UDP in the simulator), or null. */
    ServerTransactions.Tx serverTx;
    /** Highest status seen from downstream; 0 before any response. */
    int bestStatus;
    /** The ACK we sent for a non-2xx final response; sent again if that response is retransmitted. */
    byte[] ack;

    ProxyTx(int slot, String branch, SipMethod method, Call call, Endpoint up, Transport upTransport, Endpoint down,
            Transport downTransport, SipMessage request, byte[] forwarded, String requestUri, String via, String routes, String callId,
            long cseq) {
        this.slot = slot;
        this.branch = branch;
        this.method = method;
        this.call = call;
        this.up = up;
        this.upTransport = upTransport;
        this.down = down;
        this.downTransport = downTransport;
        this.request = request;
        this.forwarded = forwarded;
        this.requestUri = requestUri;
        this.via = via;
        this.routes = routes;
        this.callId = callId;
        this.cseq = cseq;
    }

    /** The request's From value, for the ACK and CANCEL we originate: read when needed, as those are rare. */
    String from() {
        return request.header(HeaderName.FROM);
    }

    /** The request's To value, for the CANCEL we originate. */
    String to() {
        return request.header(HeaderName.TO);
    }

    /**
     * The upstream retransmitted the request and nothing came back from downstream yet: send it
     * again, same branch, so the downstream sees a retransmission. Returns whether it was sent.
     */
    boolean reforwardIfUnanswered(Outbox out) {
        if (bestStatus != 0) {
            return false;
        }
        out.send(down, downTransport, forwarded);
        return true;
    }
}
