package org.persistlab.sim.truth;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.persistlab.sim.network.NodeRef;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.WireEvent;

/**
 * The failover moments of each phone as a capture on its site's LAN shows them, computed from what
 * the simulation knows about every message it carried: which phone sent or received it, whether the
 * other end was ACO (the primary) or the site's IP Office (the gateway), and which transaction it
 * belongs to. The definitions are the analyzer's (see its {@code FailoverTracker}), so the analyzer,
 * which must recover all this from the bytes alone, can be held to these values to the nanosecond:
 * <ul>
 * <li>only requests first sent at or after the phone's first registration at the primary count;</li>
 * <li>F: the first transmission of the first request to the gateway after that;</li>
 * <li>U: among requests to the primary that started before F, the first transmission of the first one
 * after the last answered one that never got any response;</li>
 * <li>L: the last response from the primary received before U (before F when there is no U);</li>
 * <li>G: the first 2xx to a binding REGISTER from the gateway; K: the first such 2xx from the primary
 * after G.</li>
 * </ul>
 * ACKs are not requests here (they never get a response).
 */
public final class WireMoments {
    /** One request to the primary: when it first went out, and the last sign of life before that. */
    private static final class Request {
        final long start;
        final long lastSignBefore;
        boolean answered;

        Request(long start, long lastSignBefore) {
            this.start = start;
            this.lastSignBefore = lastSignBefore;
        }
    }

    private static final class Phone {
        long registeredAtPrimary = -1;
        long lastSign = -1;
        long firstToGateway = -1;
        long gatewayRegistered = -1;
        long failback = -1;
        /** Requests to the primary by transaction key, and by start time for the search. */
        final Map<String, Request> byKey = new HashMap<>();
        final TreeMap<Long, Request> byStart = new TreeMap<>();
    }

    private final Map<Integer, Phone> phones = new HashMap<>();

    /** Called for every tapped message, in time order. */
    public void onWire(WireEvent e, NodeRef from, NodeRef to) {
        SipMessage m = e.message();
        if (from.kind() == NodeRef.Kind.PHONE && m.isRequest()) {
            requestFromPhone(phones.computeIfAbsent(from.index(), k -> new Phone()), e.timeNanos(), m, to);
        } else if (to.kind() == NodeRef.Kind.PHONE && m.isResponse()) {
            responseToPhone(phones.computeIfAbsent(to.index(), k -> new Phone()), e.timeNanos(), m, from);
        }
    }

    private void requestFromPhone(Phone p, long t, SipMessage m, NodeRef to) {
        if (p.registeredAtPrimary < 0 || m.method().equals("ACK")) {
            return;
        }
        if (to.kind() == NodeRef.Kind.GATEWAY) {
            if (p.firstToGateway < 0) {
                p.firstToGateway = t;
            }
            return;
        }
        if (to.kind() != NodeRef.Kind.ACO) {
            return;
        }
        String key = key(m);
        if (!p.byKey.containsKey(key)) {
            Request r = new Request(t, p.lastSign);
            p.byKey.put(key, r);
            p.byStart.putIfAbsent(t, r);
        }
    }

    private void responseToPhone(Phone p, long t, SipMessage m, NodeRef from) {
        boolean okRegister = m.statusCode() >= 200 && m.statusCode() < 300 && "REGISTER".equals(m.cseqMethod())
                && binding(m);
        if (from.kind() == NodeRef.Kind.ACO) {
            p.lastSign = t;
            Request r = p.byKey.get(key(m));
            if (r != null) {
                r.answered = true;
            }
            if (okRegister) {
                if (p.registeredAtPrimary < 0) {
                    p.registeredAtPrimary = t;
                } else if (p.gatewayRegistered >= 0 && p.failback < 0) {
                    p.failback = t;
                }
            }
        } else if (from.kind() == NodeRef.Kind.GATEWAY && okRegister && p.registeredAtPrimary >= 0
                && p.gatewayRegistered < 0) {
            p.gatewayRegistered = t;
        }
    }

    /** A 2xx to a REGISTER that keeps a binding (not a de-registration): the response's Contact has expires > 0. */
    private static boolean binding(SipMessage m) {
        if (m.contact() == null) {
            return false;
        }
        long e = m.contact().expires();
        return e != 0 && !(e < 0 && m.expires() == 0);
    }

    private static String key(SipMessage m) {
        return m.topVia().branch() + " " + m.cseqMethod();
    }

    /** The moments of phone {@code id}; -1 where a moment did not happen. */
    public Moments moments(int id) {
        Phone p = phones.get(id);
        if (p == null) {
            return Moments.NONE;
        }
        long limit = p.firstToGateway >= 0 ? p.firstToGateway : Long.MAX_VALUE;
        long u = -1;
        long l = -1;
        // The last answered request that started before F; the first unanswered one after it.
        long lastAnsweredStart = Long.MIN_VALUE;
        for (Request r : p.byStart.headMap(limit, false).values()) {
            if (r.answered) {
                lastAnsweredStart = r.start;
            }
        }
        for (Request r : p.byStart.headMap(limit, false).values()) {
            if (!r.answered && r.start > lastAnsweredStart) {
                u = r.start;
                l = r.lastSignBefore;
                break;
            }
        }
        if (u < 0 && p.firstToGateway >= 0) {
            l = lastSignBefore(p, p.firstToGateway);
        }
        return new Moments(l, u, p.firstToGateway, p.gatewayRegistered, p.failback);
    }

    private static long lastSignBefore(Phone p, long t) {
        // Requests remember the last sign before they started; without U the sign before F is needed,
        // which the last request to the primary before F carries, or the current sign if it came earlier.
        long best = -1;
        for (Request r : p.byStart.headMap(t, false).values()) {
            best = Math.max(best, r.lastSignBefore);
        }
        return p.lastSign < t ? Math.max(best, p.lastSign) : best;
    }

    /**
     * One phone's moments in nanoseconds, -1 when absent.
     *
     * @param lastSignOfLife L
     * @param firstUnanswered U
     * @param firstRequestToGateway F
     * @param gatewayRegistered G
     * @param failback K
     */
    public record Moments(long lastSignOfLife, long firstUnanswered, long firstRequestToGateway,
                          long gatewayRegistered, long failback) {
        static final Moments NONE = new Moments(-1, -1, -1, -1, -1);

        /** G - U, the failover latency a capture shows; -1 when undefined. */
        public long latency() {
            return gatewayRegistered >= 0 && firstUnanswered >= 0 ? gatewayRegistered - firstUnanswered : -1;
        }
    }
}
