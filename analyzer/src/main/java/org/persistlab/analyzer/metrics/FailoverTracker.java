package org.persistlab.analyzer.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.analyzer.track.MessageFacts;
import org.persistlab.analyzer.track.Transaction;
import org.persistlab.analyzer.track.TransactionMap;
import org.persistlab.analyzer.track.TransactionListener;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.WireEvent;

/**
 * Failover latency per phone (issue 6). A phone is the IP address its requests come from; it is
 * reported when it sent at least one REGISTER. Roles: the primary is the registrar (IP:port) of the
 * phone's first 2xx to a binding REGISTER, the gateway the first other registrar it then registers
 * to with a 2xx; {@link FailoverRoles} overrides either. De-registrations and binding queries never
 * decide a role. One failover per phone is reported: the first.
 *
 * <p>Definitions (all times are exact message times):
 * <ul>
 * <li>Only requests whose first transmission is at or after the phone's first registration at the
 * primary count (all of them when the primary is named and that registration is not in the input).
 * ACKs are not requests here: they never get a response.</li>
 * <li>first request to the gateway (F): the first transmission of the first request to the gateway
 * after that. Without a 2xx at any gateway, the first registrar the phone sent a REGISTER to other
 * than the primary stands in, so that F and U are still given.</li>
 * <li>first unanswered request (U): among requests to the primary that started before F, the first
 * transmission of the first one after the last answered one that never got any response. Without
 * F, only a request whose Timer B/F (64*T1) ended before the end of the input counts.</li>
 * <li>last sign of life (L): the last response from the primary, or encrypted packet from the
 * primary's address, received before U (before F when there is no U).</li>
 * <li>gateway registered (G): the first 2xx to a binding REGISTER at the gateway; failback (K): the
 * first 2xx to a binding REGISTER at the primary after G. Latency = G - U.</li>
 * </ul>
 * A request's first transmission is its transaction's earliest (a retransmission stamped earlier
 * than the copy that arrived first moves it back). Memory: one small state per source address, at
 * most {@value PhoneState#MAX_PEERS} peers each, and the requests in flight.
 */
public final class FailoverTracker implements TransactionListener {
    private final FailoverRoles roles;
    private final long lingerNanos;
    private final Map<Endpoint, PhoneState> phones = new HashMap<>();
    /** Requests in flight that bear on a failover: those to a primary, and binding REGISTERs. */
    private final TransactionMap<Watch> watched = new TransactionMap<>();
    /** Watched requests to a primary still without any response. */
    private int pending;
    /** Watched binding REGISTERs still without a 2xx. */
    private int bindings;

    /** What is watched of one request: whether it is answered, and whether a 2xx registers the phone. */
    private static final class Watch {
        /** The phone, while the request goes to its primary and has no response; else {@code null}. */
        PhoneState pending;
        long signBefore;
        boolean binding;
    }

    public FailoverTracker(FailoverRoles roles, long lingerNanos) {
        this.roles = roles;
        this.lingerNanos = lingerNanos;
    }

    @Override
    public void request(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
        if (f.isMethod(MessageFacts.ACK) || roles.isServerAddress(e.src())) {
            return;
        }
        PhoneState phone = phones.computeIfAbsent(e.src().host(), h -> new PhoneState(h, roles));
        boolean register = f.isMethod(MessageFacts.REGISTER);
        // a retransmission stamped before the copy that arrived first moves the first transmission back
        boolean watch = phone.requestSent(t.firstTransmissionNanos(), e.dst(), register);
        if (retransmission) {
            return;
        }
        boolean binding = register && f.binding() == MessageFacts.Binding.BIND;
        if (!binding && !watch) {
            return;
        }
        Watch w = watched.get(t);
        if (w == null) {
            w = new Watch();
            watched.put(t, w);
        }
        if (binding && !w.binding) {
            w.binding = true;
            bindings++;
        }
        if (watch) {
            if (w.pending == null) {
                pending++;
            }
            w.pending = phone;
            w.signBefore = phone.currentSign();
        }
    }

    @Override
    public void response(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
        Watch w = watched.get(t);
        if (w == null) {
            return;
        }
        if (w.pending != null) {
            PhoneState phone = w.pending;
            w.pending = null;
            pending--;
            phone.answered(t.firstTransmissionNanos());
        }
        int status = f.status();
        if (status >= 200 && status < 300 && w.binding) {
            w.binding = false;
            bindings--;
            PhoneState phone = phones.get(t.requestSource().host());
            if (phone != null) {
                phone.registered(t.requestDestination(), e.timeNanos());
            }
        }
        if (w.pending == null && !w.binding) {
            watched.remove(t);
        }
    }

    @Override
    public void closed(Transaction t) {
        Watch w = watched.remove(t);
        if (w == null) {
            return;
        }
        if (w.binding) {
            bindings--;
        }
        if (w.pending != null) {
            pending--;
            w.pending.unanswered(t.firstTransmissionNanos(), w.signBefore);
        }
    }

    /** Every response message, retransmissions included: a sign of life when it comes from a primary. */
    public void responseSeen(WireEvent e) {
        PhoneState phone = phones.get(e.dst().host());
        if (phone != null && phone.primaryKnown() && phone.isPrimary(e.src())) {
            phone.primaryResponse(e.timeNanos());
        }
    }

    /** A packet of an encrypted flow (TLS): from the primary's address to a phone, a sign of life. */
    public void encryptedPacket(long timeNanos, Endpoint src, Endpoint dst) {
        PhoneState phone = phones.get(dst.host());
        if (phone == null) {
            if (roles.primary() == null || !roles.primary().sameAddress(src) || roles.isServerAddress(dst)) {
                return;
            }
            phone = new PhoneState(dst.host(), roles);
            phones.put(dst.host(), phone);
        }
        if (phone.atPrimaryAddress(src)) {
            phone.encrypted(timeNanos);
        }
    }

    public FailoverSummary summary(long endNanos) {
        List<PhoneState> ordered = new ArrayList<>(phones.values());
        ordered.sort((a, b) -> a.host().compareTo(b.host()));
        List<PhoneFailover> rows = new ArrayList<>();
        DelayHistogram latency = new DelayHistogram();
        for (PhoneState s : ordered) {
            if (!s.sentRegister()) {
                continue;
            }
            PhoneFailover row = s.result(endNanos, lingerNanos);
            rows.add(row);
            if (row.latencyNanos() != null) {
                latency.record(row.latencyNanos());
            }
        }
        return new FailoverSummary(rows, latency.stats());
    }

    /** Phones and requests held. */
    public int live() {
        return phones.size() + pending + bindings;
    }
}
