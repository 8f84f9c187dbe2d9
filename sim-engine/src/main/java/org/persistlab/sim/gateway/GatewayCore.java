package org.persistlab.sim.gateway;

import java.util.Collection;
import org.persistlab.sim.gateway.GatewayEvent.OverloadCause;
import org.persistlab.sim.gateway.GatewayEvent.RefusalReason;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipMethod;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;
import org.persistlab.sip.digest.NonceIssuer;

/**
 * The IP Office IP500 V2 as a persistent gateway: registrar, license pool and call router, sans-IO
 * (STYLE.md item 7). Messages come in through {@link #handle}, time through {@link #onTimer}; what
 * the gateway sends and decides goes to the {@link Outbox}. It reads no clock, opens no socket,
 * starts no thread and draws no random number, so the simulator, {@code lab serve} and a benchmark
 * run the same code and a run repeats byte for byte. One instance is used by one thread.
 *
 * <p>The host calls {@link #onTimer} at (or after) {@link #nextDeadline}; early or repeated calls
 * do nothing. {@link #handle} first runs whatever fell due strictly before its time.
 */
public final class GatewayCore {
    private static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER";

    private final GatewayConfig config;
    private final UserDirectory users;
    private final DeadlineHeap timers;
    private final Bindings bindings;
    private final GatewayCounters counters;
    private final ServerTransactions serverTxs;
    private final SourceThrottle throttle;
    private final TlsConnections tls;
    private final RegisterQueue queue;
    private final Registrar registrar;
    private final CallTable calls;
    private final Proxy proxy;
    private final CallRouter router;
    private final Exchange exchange;
    private final GatewayView view;
    private final int txBase;
    private final int proxyTxBase;
    private final int callBase;
    private final int queueHandle;

    /** Users beyond {@code config.maxExtensions()} are not created; see {@link UserDirectory#notCreated()}. */
    public GatewayCore(GatewayConfig config, Collection<GatewayUser> users) {
        this.config = config;
        this.users = new UserDirectory(users, config.realm(), config.maxExtensions());
        int p = config.maxPendingTransactions();
        txBase = this.users.size();
        proxyTxBase = txBase + p;
        callBase = proxyTxBase + p;
        queueHandle = callBase + config.maxCalls();
        timers = new DeadlineHeap(queueHandle + 1);
        bindings = new Bindings(this.users, config.endpointLicenses(), timers);
        counters = new GatewayCounters(bindings);
        serverTxs = new ServerTransactions(p, timers, txBase, config.timerJNanos(), config.timerCNanos());
        throttle = new SourceThrottle(config.authFailureThreshold(), config.throttleWindowNanos(),
                config.maxTrackedSources());
        tls = new TlsConnections(config.maxTrackedSources());
        queue = new RegisterQueue(config.registerQueueCapacity(), config.registerServiceNanos(),
                config.tlsHandshakeNanos(), tls, timers, queueHandle);
        long seed = config.seed();
        NonceIssuer nonces = new NonceIssuer(mix(seed), mix(seed ^ 0x5DEECE66DL));
        registrar = new Registrar(config, this.users, bindings, nonces, throttle, counters);
        ResponseWriter responses = new ResponseWriter();
        calls = new CallTable(config.maxCalls(), p, timers, callBase, proxyTxBase, config.timerJNanos(), counters);
        proxy = new Proxy(config, new GatewayIdentity(config), responses, calls, serverTxs, counters);
        router = new CallRouter(config, this.users, bindings, calls, proxy, counters);
        exchange = new Exchange(serverTxs, responses);
        view = new GatewayView(this.users, bindings, calls, serverTxs, throttle, tls, queue, timers);
    }

    /** One message arrived at the gateway at {@code nowNanos}. */
    public void handle(long nowNanos, WireEvent in, Outbox out) {
        if (timers.peekTime() < nowNanos) {
            runDue(nowNanos - 1, out);
        }
        SipMessage m = in.message();
        if (m.isResponse()) {
            proxy.onResponse(nowNanos, in, out);
            return;
        }
        SipMethod method = m.methodKind();
        ServerTransactions.Tx tx = null;
        exchange.set(nowNanos, in, null, out);
        if (config.absorbRetransmissions() && in.transport() == Transport.UDP && method != SipMethod.ACK) {
            String key = ServerTransactions.key(exchange.raw, method);
            tx = key == null ? null : serverTxs.find(key);
            if (tx != null) {
                serverTxs.retransmission(tx, out);
                counters.absorbed();
                return;
            }
            tx = key == null ? null : serverTxs.open(key, in.src(), in.transport(), method == SipMethod.INVITE,
                    nowNanos);
            if (key != null && tx == null) {
                overloaded(OverloadCause.TRANSACTIONS_FULL);
                return;
            }
            exchange.tx = tx;
        }
        try {
            validate(m);
            dispatch(m, method);
        } catch (SipParseException e) {
            badRequest(method);
        }
    }

    /** Runs everything due at or before {@code nowNanos}. */
    public void onTimer(long nowNanos, Outbox out) {
        runDue(nowNanos, out);
    }

    /** When {@link #onTimer} should next be called; {@link Long#MAX_VALUE} when nothing is pending. */
    public long nextDeadline() {
        return timers.peekTime();
    }

    /** The host saw a connection to {@code peer} close: its next TLS request pays a handshake again. */
    public void connectionClosed(Endpoint peer, Transport transport) {
        if (transport == Transport.TLS) {
            tls.closed(peer);
        }
    }

    private void runDue(long upTo, Outbox out) {
        while (timers.peekTime() <= upTo) {
            long due = timers.peekTime();
            int h = timers.pop();
            if (h < txBase) {
                bindings.expire(due, h, out);
            } else if (h < proxyTxBase) {
                serverTxs.expire(h - txBase);
            } else if (h < callBase) {
                ProxyTx t = calls.txInSlot(h - proxyTxBase);
                if (t != null) {
                    proxy.onTxTimer(t, due, out);
                }
            } else if (h < queueHandle) {
                Call c = calls.callInSlot(h - callBase);
                if (c != null) {
                    proxy.onCallTimer(c, due, out);
                }
            } else {
                serveQueueHead(due, out);
            }
        }
    }

    private void serveQueueHead(long now, Outbox out) {
        WireEvent e = queue.head();
        exchange.set(now, e, queue.txOfHead(), out);
        try {
            registrar.process(exchange);
        } catch (SipParseException ex) {
            badRequest(SipMethod.REGISTER);
        }
        queue.finishHead(now);
    }

    private void dispatch(SipMessage m, SipMethod method) {
        Exchange x = exchange;
        switch (method) {
            case REGISTER -> register(x);
            case CANCEL -> proxy.onCancel(x);
            case ACK -> proxy.onInDialog(x);
            default -> {
                if (m.toTag() != null) {
                    proxy.onInDialog(x);
                } else if (method == SipMethod.INVITE) {
                    router.route(x);
                } else if (method == SipMethod.OPTIONS) {
                    x.reply(x.respond(200, true).header("Allow", ALLOW).finish(), 200);
                } else if (method == SipMethod.BYE) {
                    x.reply(481);
                } else {
                    x.reply(x.respond(405, true).header("Allow", ALLOW).finish(), 405);
                }
            }
        }
    }

    private void register(Exchange x) {
        if (throttle.isBlocked(x.src(), x.now)) {
            registrar.refuse(x, Registrar.aorUser(x.msg()), RefusalReason.THROTTLED, 403, false);
        } else if (!config.acceptRegistrations()) {
            registrar.refuse(x, Registrar.aorUser(x.msg()), RefusalReason.NOT_ACCEPTING, 503, false);
        } else if (queue.servesAtOnce(x.in)) {
            registrar.process(x);
            queue.servedAtOnce(x.in);
        } else if (!queue.offer(x.in, x.tx, x.now)) {
            overloaded(OverloadCause.REGISTER_QUEUE_FULL);
        }
    }

    /**
     * Checks what every request must carry (RFC 3261 §8.1.1) before anything changes: the headers a
     * response copies, and a CSeq naming the request's method. Headers a path reads (From, To, the
     * top Via) are parsed by that path before it changes anything.
     */
    private void validate(SipMessage m) {
        RawMessage raw = exchange.raw;
        if (raw.find(HeaderName.VIA, 0) < 0 || raw.find(HeaderName.CALL_ID, 0) < 0
                || raw.find(HeaderName.FROM, 0) < 0 || raw.find(HeaderName.TO, 0) < 0) {
            throw new SipParseException(0, "missing one of Via, Call-ID, From, To");
        }
        if (!raw.cseqIs(m.method())) {
            String cseqMethod = m.cseqMethod(); // throws when the CSeq itself is malformed
            throw new SipParseException(0, "CSeq method " + cseqMethod + " is not the request's " + m.method());
        }
    }

    private void badRequest(SipMethod method) {
        if (method == SipMethod.ACK) {
            counters.undecodable(); // never answered (RFC 3261 §17.2.3): dropped
            return;
        }
        try {
            exchange.reply(400);
            counters.badRequest();
        } catch (SipParseException e) {
            counters.undecodable(); // not even the headers a response copies are there
        }
    }

    private void overloaded(OverloadCause cause) {
        Exchange x = exchange;
        long retryAfter = config.overloadRetryAfterSeconds();
        try {
            x.reply(x.respond(503, true).header("Retry-After", retryAfter).finish(), 503);
        } catch (SipParseException e) {
            counters.undecodable();
            return;
        }
        counters.overload();
        x.out.record(new GatewayEvent.OverloadSent(x.now, toUser(x.msg()), x.src(), x.msg().method(), cause,
                retryAfter));
    }

    private static String toUser(SipMessage m) {
        try {
            return Registrar.aorUser(m);
        } catch (SipParseException e) {
            return "";
        }
    }

    /** SplitMix64's finalizer: spreads the run's seed into the nonce key. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public GatewayConfig config() {
        return config;
    }

    public UserDirectory directory() {
        return users;
    }

    public GatewayCounters counters() {
        return counters;
    }

    /** A read-only view of the gateway's live state, for the simulator's reports and for tests. */
    public GatewayView view() {
        return view;
    }
}
