package org.persistlab.sim.truth;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
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
 * <li>the gateway is known on the wire once the phone sent it a REGISTER (or got a 2xx from it); a
 * search probe alone does not tell a capture which address is the gateway;</li>
 * <li>F: the first transmission of the first request to the gateway after that;</li>
 * <li>U: among requests to the primary that started before F, the first transmission of the first one
 * after the last answered one that never got any response; without F, only a request whose 32 s
 * (64 x T1) ran out before the last message of the input counts;</li>
 * <li>L: the last response from the primary received before U (before F when there is no U);</li>
 * <li>G: the first 2xx to a binding REGISTER from the gateway; K: the first such 2xx from the primary
 * after G.</li>
 * </ul>
 * ACKs are not requests here (they never get a response).
 *
 * <p>Memory stays bounded: an answer removes every request that started before it (none of them can
 * be U any more), so a phone keeps only the requests after its last answered one.
 */
public final class WireMoments {
    private static final long TIMER_F = 32_000_000_000L;

    /** One request to the primary: when it first went out, and the last sign of life before that. */
    private record Request(String key, long start, long lastSignBefore) {
    }

    /**
     * Requests after the last answered one, oldest first, with a lookup by transaction. Its containers
     * are made on first use: most phones never have an unanswered request outside an outage.
     */
    private static final class Unanswered {
        ArrayDeque<Request> queue;
        Map<String, Request> byKey;
        long lastAnsweredStart = Long.MIN_VALUE;

        void add(Request r) {
            if (byKey == null) {
                queue = new ArrayDeque<>(4);
                byKey = new HashMap<>(4);
            }
            if (!byKey.containsKey(r.key)) {
                byKey.put(r.key, r);
                queue.addLast(r);
            }
        }

        /** An answer to {@code key}: it and every request that started before it leave. */
        boolean answer(String key) {
            Request r = byKey == null ? null : byKey.get(key);
            if (r == null) {
                return false;
            }
            lastAnsweredStart = Math.max(lastAnsweredStart, r.start);
            while (!queue.isEmpty() && queue.peekFirst().start <= r.start) {
                byKey.remove(queue.pollFirst().key);
            }
            return true;
        }

        Request first(long lastMessage, boolean mustHaveTimedOut) {
            if (queue == null) {
                return null;
            }
            for (Request r : queue) {
                if (!mustHaveTimedOut || r.start + TIMER_F <= lastMessage) {
                    return r;
                }
            }
            return null;
        }
    }

    private static final class Phone {
        long registeredAtPrimary = -1;
        long lastSign = -1;
        long firstToGateway = -1;
        long lastSignAtFirstToGateway = -1;
        boolean gatewayKnown;
        long gatewayRegistered = -1;
        long failback = -1;
        /** Requests to the primary that started before the first request to the gateway, and after. */
        final Unanswered before = new Unanswered();
        final Unanswered after = new Unanswered();
    }

    private final Map<Integer, Phone> phones = new HashMap<>();
    private long lastMessage = -1;

    /** Called for every tapped message, in time order. */
    public void onWire(WireEvent e, NodeRef from, NodeRef to) {
        SipMessage m = e.message();
        lastMessage = Math.max(lastMessage, e.timeNanos());
        if (from.kind() == NodeRef.Kind.PHONE && m.isRequest()) {
            requestFromPhone(phone(from.index()), e.timeNanos(), m, to);
        } else if (to.kind() == NodeRef.Kind.PHONE && m.isResponse()) {
            responseToPhone(phone(to.index()), e.timeNanos(), m, from);
        }
    }

    private Phone phone(int id) {
        Phone p = phones.get(id);
        if (p == null) {
            p = new Phone();
            phones.put(id, p);
        }
        return p;
    }

    private void requestFromPhone(Phone p, long t, SipMessage m, NodeRef to) {
        if (p.registeredAtPrimary < 0 || m.method().equals("ACK")) {
            return;
        }
        if (to.kind() == NodeRef.Kind.GATEWAY) {
            if (p.firstToGateway < 0) {
                p.firstToGateway = t;
                p.lastSignAtFirstToGateway = p.lastSign;
            }
            if (m.method().equals("REGISTER")) {
                p.gatewayKnown = true;
            }
            return;
        }
        if (to.kind() == NodeRef.Kind.ACO) {
            Request r = new Request(key(m), t, p.lastSign);
            (p.firstToGateway < 0 ? p.before : p.after).add(r);
        }
    }

    private void responseToPhone(Phone p, long t, SipMessage m, NodeRef from) {
        boolean okRegister = m.statusCode() >= 200 && m.statusCode() < 300 && "REGISTER".equals(m.cseqMethod())
                && binding(m);
        if (from.kind() == NodeRef.Kind.ACO) {
            p.lastSign = t;
            String key = key(m);
            if (!p.before.answer(key)) {
                p.after.answer(key);
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
            p.gatewayKnown = true;
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
        Request u;
        long f = -1;
        if (p.gatewayKnown) {
            // Only requests that started before F count; answers to later ones change nothing.
            f = p.firstToGateway;
            u = p.before.first(lastMessage, false);
        } else {
            // No F: the first unanswered request after the last answered one, among all of them.
            boolean answeredLater = p.after.lastAnsweredStart != Long.MIN_VALUE;
            Request a = answeredLater ? null : p.before.first(lastMessage, true);
            u = a != null ? a : p.after.first(lastMessage, true);
        }
        long l = u != null ? u.lastSignBefore : f >= 0 ? p.lastSignAtFirstToGateway : -1;
        return new Moments(l, u == null ? -1 : u.start, f, p.gatewayRegistered, p.failback);
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
