package org.persistlab.analyzer.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.persistlab.analyzer.track.Transaction;
import org.persistlab.sip.Endpoint;

/**
 * What one phone (an IP address) did that bears on its failover, kept small: its roles, a few
 * moments, and per peer it sent requests to (at most {@value #MAX_PEERS}) the first request after the
 * phone registered to its primary, with a {@link PrimaryWatch} cut at that moment. The cut of the
 * peer that turns out to be the gateway gives the first unanswered request to the primary before the
 * phone turned to the gateway, without keeping any history.
 */
final class PhoneState {
    static final int MAX_PEERS = 32;
    private static final long NONE = Transaction.NONE;

    private final Endpoint host;
    private final FailoverRoles roles;
    private boolean sentRegister;
    private Endpoint inferredPrimary;
    private Endpoint inferredGateway;
    private long primaryRegistered = NONE;
    private long gatewayRegistered = NONE;
    private long failback = NONE;
    private final Map<Endpoint, Peer> peers = new LinkedHashMap<>();
    private PrimaryWatch running = new PrimaryWatch(Long.MIN_VALUE, Long.MAX_VALUE);
    private long lastPrimaryResponse = NONE;
    private long lastEncrypted = NONE;

    private static final class Peer {
        final Endpoint endpoint;
        long firstRequest = NONE;
        PrimaryWatch cut;
        long signBefore = NONE;
        boolean registerSent;

        Peer(Endpoint endpoint) {
            this.endpoint = endpoint;
        }
    }

    PhoneState(Endpoint host, FailoverRoles roles) {
        this.host = host;
        this.roles = roles;
    }

    Endpoint host() {
        return host;
    }

    boolean sentRegister() {
        return sentRegister;
    }

    boolean primaryKnown() {
        return roles.primary() != null || inferredPrimary != null;
    }

    boolean isPrimary(Endpoint x) {
        return roles.primary() != null ? FailoverRoles.matches(roles.primary(), x) : x.equals(inferredPrimary);
    }

    boolean atPrimaryAddress(Endpoint x) {
        return roles.primary() != null ? roles.primary().sameAddress(x)
                : inferredPrimary != null && inferredPrimary.sameAddress(x);
    }

    private boolean isGateway(Endpoint x) {
        return roles.gateway() != null ? FailoverRoles.matches(roles.gateway(), x) : x.equals(inferredGateway);
    }

    /** The last sign of life from the primary so far: a response, or an encrypted packet from its address. */
    long currentSign() {
        return Math.max(lastPrimaryResponse, lastEncrypted);
    }

    /**
     * A request transmission ({@code start} is its transaction's earliest so far); returns true when
     * it goes to the primary and must be watched.
     */
    boolean requestSent(long start, Endpoint dst, boolean register) {
        sentRegister |= register;
        if (primaryKnown() && isPrimary(dst)) {
            return true;
        }
        Peer p = peers.get(dst);
        if (p == null) {
            if (peers.size() >= MAX_PEERS) {
                return false;
            }
            p = new Peer(dst);
            peers.put(dst, p);
        }
        if (p.firstRequest == NONE) {
            p.firstRequest = start;
            p.cut = running.cut(start);
            p.signBefore = currentSign();
        } else if (start < p.firstRequest) {
            p.firstRequest = start;
            p.cut = p.cut.cut(start);
        }
        p.registerSent |= register;
        return false;
    }

    void answered(long start) {
        running.answered(start);
        if (peers.isEmpty()) {
            return;
        }
        for (Peer p : peers.values()) {
            p.cut.answered(start);
        }
    }

    void unanswered(long start, long signBefore) {
        running.unanswered(start, signBefore);
        if (peers.isEmpty()) {
            return;
        }
        for (Peer p : peers.values()) {
            p.cut.unanswered(start, signBefore);
        }
    }

    void primaryResponse(long nanos) {
        lastPrimaryResponse = Math.max(lastPrimaryResponse, nanos);
    }

    void encrypted(long nanos) {
        lastEncrypted = Math.max(lastEncrypted, nanos);
    }

    /** A 2xx to a REGISTER that adds a binding at {@code registrar}. */
    void registered(Endpoint registrar, long nanos) {
        if (!primaryKnown()) {
            if (roles.gateway() != null && FailoverRoles.matches(roles.gateway(), registrar)) {
                registeredAtGateway(registrar, nanos);
            } else if (gatewayRegistered != NONE) {
                inferredPrimary = registrar;
                failback = nanos;
            } else {
                inferredPrimary = registrar;
                registeredAtPrimary(nanos);
            }
            return;
        }
        if (isPrimary(registrar)) {
            if (gatewayRegistered != NONE) {
                if (failback == NONE && nanos > gatewayRegistered) {
                    failback = nanos;
                }
            } else if (primaryRegistered == NONE) {
                registeredAtPrimary(nanos);
            }
        } else if (gatewayRegistered == NONE
                && (roles.gateway() == null || FailoverRoles.matches(roles.gateway(), registrar))) {
            registeredAtGateway(registrar, nanos);
        }
    }

    /** From the first registration at the primary on, only later requests count (to it and to others). */
    private void registeredAtPrimary(long nanos) {
        primaryRegistered = nanos;
        peers.clear();
        running = new PrimaryWatch(nanos, Long.MAX_VALUE);
        lastPrimaryResponse = Math.max(lastPrimaryResponse, nanos);
    }

    private void registeredAtGateway(Endpoint registrar, long nanos) {
        if (roles.gateway() == null) {
            inferredGateway = registrar;
        }
        gatewayRegistered = nanos;
    }

    /** The phone's moments; requests still unanswered count only once Timer F/B could have fired. */
    PhoneFailover result(long endNanos, long lingerNanos) {
        Peer gw;
        if (gatewayRegistered != NONE || roles.gateway() != null) {
            gw = firstPeer(p -> isGateway(p.endpoint));
        } else {
            gw = firstPeer(p -> p.registerSent && !(primaryKnown() && isPrimary(p.endpoint)));
        }
        Long unanswered = null;
        Long sign = null;
        if (primaryKnown()) {
            Map.Entry<Long, Long> first = (gw != null ? gw.cut : running).first();
            boolean settled = first != null && (gw != null || first.getKey() + lingerNanos <= endNanos);
            if (settled) {
                unanswered = first.getKey();
                sign = orNull(first.getValue());
            } else if (gw != null) {
                sign = orNull(gw.signBefore);
            }
        }
        Long gwRegistered = orNull(gatewayRegistered);
        Long latency = gwRegistered != null && unanswered != null ? gwRegistered - unanswered : null;
        String primary = roles.primary() != null ? FailoverRoles.describe(roles.primary())
                : FailoverRoles.describe(inferredPrimary);
        String gateway = roles.gateway() != null ? FailoverRoles.describe(roles.gateway())
                : FailoverRoles.describe(inferredGateway != null ? inferredGateway : gw == null ? null : gw.endpoint);
        return new PhoneFailover(host.address(), primary, gateway, sign, unanswered,
                gw == null ? null : gw.firstRequest, gwRegistered, orNull(failback), latency);
    }

    private Peer firstPeer(Predicate<Peer> which) {
        Peer best = null;
        for (Peer p : peers.values()) {
            if (which.test(p) && (best == null || p.firstRequest < best.firstRequest)) {
                best = p;
            }
        }
        return best;
    }

    private static Long orNull(long nanos) {
        return nanos == NONE ? null : nanos;
    }
}
