package org.persistlab.sim.phone;

import java.util.List;
import java.util.function.DoubleSupplier;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.WireEvent;
import org.persistlab.sip.digest.DigestAuth;
import org.persistlab.sip.digest.DigestChallenge;
import org.persistlab.sip.digest.DigestCredentials;

/**
 * A J1xx phone on Avaya Cloud Office with an IP Office persistent gateway, as a sans-IO state
 * machine: messages in through {@link #handle}, time in through {@link #onTimer}, everything it
 * does out through a {@link PhoneOutbox}, and {@link #nextDeadline()} says when to call it next.
 * It reads no clock and draws randomness only from the stream it is given, so a run is exact and
 * repeatable (domain.md §1.3 describes the behaviour; each rule below cites it).
 */
public final class PhoneCore {
    enum Timer {
        BOOT, OPTIONS_POLL, REGISTER_REFRESH, SEARCH_END, RECOVERY, FAILBACK_TRY, KEEPALIVE,
        CALL_ATTEMPT, CALL_RING_TIMEOUT, CALL_HANGUP, CALL_ANSWER, CALL_OK_RETRANSMIT
    }

    private static final long SECOND = 1_000_000_000L;

    final PhoneConfig cfg;
    private final DoubleSupplier random;
    private final DigestAuth digest;
    final TimerTable<Timer> timers = new TimerTable<>(Timer.class);
    private final Transactions txns = new Transactions();
    final Messages msgs;
    private final PrimaryWatch watch = new PrimaryWatch();
    private final CallAgent calls;
    private final List<Controller> controllers;
    private final Controller primary;

    private final String[] registrationCallId;
    private final String[] registrationFromTag;
    private final long[] registrationCseq;
    private final int[] sourcePort;
    private int nextPort;

    private ServiceState state = ServiceState.STARTING;
    private Controller registeredTo;
    private int optionsFailuresInRow;
    private LossTrigger pendingLoss;
    private Search search;
    private Search lastSearch;
    private int keepAliveProbesUnanswered;
    private long registrations;

    /**
     * @param random uniform draws in [0, 1) from the phone's own stream
     * @param digest shared by the phones of one single-threaded simulation
     */
    public PhoneCore(PhoneConfig cfg, DoubleSupplier random, DigestAuth digest) {
        this.cfg = cfg;
        this.random = random;
        this.digest = digest;
        this.msgs = new Messages(cfg);
        this.controllers = cfg.controllers();
        this.primary = cfg.primary();
        int n = controllers.size();
        registrationCallId = new String[n];
        registrationFromTag = new String[n];
        registrationCseq = new long[n];
        sourcePort = new int[n];
        for (int i = 0; i < n; i++) {
            registrationCallId[i] = msgs.callId();
            registrationFromTag[i] = msgs.tag();
        }
        nextPort = 49152 + (cfg.id() * 7) % 8192;
        this.calls = new CallAgent(this);
        timers.set(Timer.BOOT, cfg.bootDelay());
        calls.scheduleFirstAttempt(cfg.bootDelay());
    }

    // ---- the sans-IO surface ----

    /** When this phone next needs {@link #onTimer}; {@link Long#MAX_VALUE} when never. */
    public long nextDeadline() {
        return Math.min(timers.next(), txns.nextDeadline());
    }

    /** Runs every timer and transaction deadline due at or before {@code now}, in time order. */
    public void onTimer(long now, PhoneOutbox out) {
        while (true) {
            ClientTransaction t = txns.firstDue(now);
            Timer k = timers.firstDue(now);
            if (t == null && k == null) {
                return;
            }
            if (t != null && (k == null || t.nextDeadline() <= timers.get(k))) {
                transactionDeadline(now, t, out);
            } else {
                timers.clear(k);
                fire(k, now, out);
            }
        }
    }

    /** A SIP message arrived for this phone. */
    public void handle(long now, WireEvent in, PhoneOutbox out) {
        SipMessage m = in.message();
        try {
            if (m.isResponse()) {
                response(now, m, out);
            } else {
                calls.request(now, in, out);
            }
        } catch (SipParseException e) {
            // A phone drops what it cannot read (RFC 3261 §16.3, §18.1.2 for responses); the wire keeps it.
        }
    }

    /**
     * The connection to {@code peer} was reset or refused (TCP RST, TLS failure), or an ICMP
     * unreachable came back for UDP: every transaction toward it fails at once as a 503 (RFC 3261
     * §8.1.3.1), and a lost connection to the current controller is a loss of service.
     */
    public void onTransportError(long now, Endpoint peer, PhoneOutbox out) {
        List<ClientTransaction> broken = txns.to(peer);
        for (int i = 0; i < controllers.size(); i++) {
            if (controllers.get(i).address().equals(peer)) {
                sourcePort[i] = 0;
            }
        }
        // The lost connection decides the trigger; the transactions it carried then fail as 503.
        if (registeredTo != null && registeredTo.address().equals(peer)) {
            connectionLost(now, out);
        }
        for (ClientTransaction t : broken) {
            txns.remove(t);
            failed(now, t, 503, -1, out);
        }
    }

    /** A TCP keep-alive probe toward {@code peer} was acknowledged. */
    public void onKeepAliveAnswered(long now, Endpoint peer, PhoneOutbox out) {
        if (registeredTo != null && registeredTo.address().equals(peer)) {
            keepAliveProbesUnanswered = 0;
            timers.set(Timer.KEEPALIVE, now + cfg.tcpKeepAliveTime());
        }
    }

    /** FAILBACK_POLICY admin: the administrator tells a phone on IP Office to return to ACO now. */
    public void adminFailback(long now, PhoneOutbox out) {
        if (state == ServiceState.LIMITED_SERVICE) {
            tryFailback(now, out);
        }
    }

    public ServiceState state() {
        return state;
    }

    public PhoneConfig config() {
        return cfg;
    }

    /** The failover as a capture at the phone's site would show it. */
    public FailoverMoments moments() {
        return watch.moments();
    }

    /**
     * Which registration exchange an open REGISTER transaction belongs to (a challenge and the
     * credentialed REGISTER after it share one), or -1: lets the truth count attempts by identity.
     */
    public long registrationSerial(String branch) {
        ClientTransaction t = txns.byBranch(branch);
        return t != null && t.context instanceof Registration r ? r.serial : -1;
    }

    /** The controller the phone is registered to, or {@code null}. */
    public Controller registeredTo() {
        return registeredTo;
    }

    // ---- timers ----

    private void fire(Timer k, long now, PhoneOutbox out) {
        switch (k) {
            case BOOT -> register(now, primary, Registration.Reason.INITIAL, out);
            case OPTIONS_POLL -> poll(now, out);
            case REGISTER_REFRESH -> {
                if (registeredTo != null) {
                    register(now, registeredTo, Registration.Reason.REFRESH, out);
                }
            }
            case SEARCH_END -> finishSearch(now, out);
            case RECOVERY -> startSearch(now, out);
            case FAILBACK_TRY -> {
                if (state == ServiceState.LIMITED_SERVICE) {
                    tryFailback(now, out);
                }
            }
            case KEEPALIVE -> keepAlive(now, out);
            default -> calls.timer(k, now, out);
        }
    }

    private void transactionDeadline(long now, ClientTransaction t, PhoneOutbox out) {
        if (t.nextRetransmitAt <= now && t.nextRetransmitAt < t.timeoutAt) {
            out.send(source(t.controller), t.dst, t.transport, t.request);
            t.retransmitted(now);
            trafficSent(t.controller, now);
            return;
        }
        txns.remove(t);
        failed(now, t, 408, -1, out);
    }

    // ---- sending ----

    ClientTransaction sendRequest(long now, ClientTransaction.Purpose purpose, Controller c, String method, String branch,
                                  byte[] bytes, long timeout, Object context, PhoneOutbox out) {
        ClientTransaction t = new ClientTransaction(branch, method, purpose, c, c.address(), c.transport(), bytes, now,
                timeout, context);
        txns.add(t);
        out.send(source(c), c.address(), c.transport(), bytes);
        if (c == primary) {
            watch.requestToPrimary(t);
        } else {
            watch.requestToGateway(now);
        }
        trafficSent(c, now);
        return t;
    }

    /** Sends a message that starts no client transaction (ACK for a 2xx, responses). */
    void sendPlain(Controller c, byte[] bytes, long now, PhoneOutbox out) {
        out.send(source(c), c.address(), c.transport(), bytes);
        trafficSent(c, now);
    }

    /** The phone's address for a controller: port 5060 for UDP, the connection's own port for TCP/TLS. */
    Endpoint source(Controller c) {
        if (!c.transport().reliable()) {
            return cfg.address().withPort(5060);
        }
        int i = controllers.indexOf(c);
        if (sourcePort[i] == 0) {
            sourcePort[i] = nextPort;
            nextPort = nextPort >= 65535 ? 49152 : nextPort + 1;
        }
        return cfg.address().withPort(sourcePort[i]);
    }

    // ---- responses ----

    private void response(long now, SipMessage m, PhoneOutbox out) {
        ClientTransaction t = txns.match(m);
        if (t == null) {
            calls.strayResponse(now, m, out);
            return;
        }
        trafficReceived(t.controller, now);
        if (t.controller == primary) {
            watch.responseFromPrimary(t, now);
            // ACO answered again while a call held the failover back: it is not lost after all.
            pendingLoss = null;
            if (t.purpose == ClientTransaction.Purpose.OPTIONS_POLL) {
                optionsFailuresInRow = 0;
            }
        }
        int status = m.statusCode();
        if (status < 200) {
            t.provisional();
            if (t.purpose == ClientTransaction.Purpose.INVITE) {
                calls.provisional(now, t, m, out);
            }
            return;
        }
        txns.remove(t);
        switch (t.purpose) {
            case REGISTER, UNREGISTER -> registrationResponse(now, t, m, out);
            case OPTIONS_POLL -> optionsFailuresInRow = 0;
            case SEARCH_PROBE -> searchAnswer(now, t, true, out);
            default -> calls.finalResponse(now, t, m, out);
        }
    }

    /** A transaction ended without a final response: a timeout (408) or a transport error (503). */
    private void failed(long now, ClientTransaction t, int status, long retryAfter, PhoneOutbox out) {
        switch (t.purpose) {
            case REGISTER, UNREGISTER -> registrationFailed(now, (Registration) t.context, status, retryAfter, out);
            case OPTIONS_POLL -> {
                optionsFailuresInRow++;
                if (optionsFailuresInRow >= cfg.optionsFailures()) {
                    loss(now, LossTrigger.OPTIONS_UNANSWERED, out);
                }
            }
            case SEARCH_PROBE -> searchAnswer(now, t, false, out);
            case INVITE -> {
                calls.inviteFailed(now, t, status, out);
                if (t.controller == primary) {
                    loss(now, LossTrigger.INVITE_UNANSWERED, out);
                }
            }
            default -> calls.transactionFailed(now, t, status, out);
        }
    }

    // ---- registration (domain.md §1.1, §1.3) ----

    void register(long now, Controller c, Registration.Reason reason, PhoneOutbox out) {
        sendRegister(now, new Registration(c, reason, now, ++registrations), null, null, out);
    }

    private void sendRegister(long now, Registration r, String authHeader, String authorization, PhoneOutbox out) {
        Controller c = r.controller;
        int i = controllers.indexOf(c);
        long cseq = ++registrationCseq[i];
        // ASSUMPTION: the phone asks for REGISTERWAIT plus WAIT_FOR_REGISTRATION_TIMER so that its binding
        // outlives the refresh it sends every REGISTERWAIT.
        long expires = r.reason == Registration.Reason.UNREGISTER ? 0
                : (cfg.registerWait() + cfg.waitForRegistration()) / SECOND;
        String branch = msgs.branch();
        byte[] bytes = msgs.register(c, source(c), branch, registrationCallId[i], registrationFromTag[i], cseq, expires,
                authHeader, authorization);
        r.messagesSent++;
        ClientTransaction.Purpose purpose = r.reason == Registration.Reason.UNREGISTER
                ? ClientTransaction.Purpose.UNREGISTER : ClientTransaction.Purpose.REGISTER;
        sendRequest(now, purpose, c, "REGISTER", branch, bytes, cfg.waitForRegistration(), r, out);
    }

    private void registrationResponse(long now, ClientTransaction t, SipMessage m, PhoneOutbox out) {
        Registration r = (Registration) t.context;
        int status = m.statusCode();
        if (status == 401 || status == 407) {
            DigestChallenge ch = DigestChallenge.from(status == 401 ? m.wwwAuthenticate() : m.proxyAuthenticate());
            // Answer the first challenge; answer a second only when it says the nonce was merely stale.
            boolean answer = ch != null && (r.challengesAnswered == 0 || ch.stale() && r.challengesAnswered == 1);
            if (answer) {
                r.challengesAnswered++;
                Controller c = r.controller;
                DigestCredentials cred = digest.answer(ch, c.user(), c.password(), "REGISTER", c.uri(), msgs.tag(), 1);
                sendRegister(now, r, status == 401 ? "Authorization" : "Proxy-Authorization", cred.toHeaderValue(), out);
                return;
            }
        }
        if (status >= 200 && status < 300) {
            registrationSucceeded(now, r, out);
        } else {
            registrationFailed(now, r, status, m.retryAfter(), out);
        }
    }

    private void registrationSucceeded(long now, Registration r, PhoneOutbox out) {
        out.event(new PhoneEvent.RegistrationFinished(cfg.id(), now, r.controller.name(), r.startedAt, 200, r.messagesSent));
        if (r.reason == Registration.Reason.UNREGISTER) {
            return;
        }
        Controller c = r.controller;
        if (c == primary) {
            Controller previous = registeredTo;
            boolean fromGateway = previous != null && previous != primary;
            if (fromGateway || r.reason == Registration.Reason.FAILBACK) {
                watch.registeredAtPrimaryAfterFailover(now);
            }
            registeredTo = primary;
            setState(now, ServiceState.ON_ACO, c.name(), out);
            timers.clear(Timer.FAILBACK_TRY);
            if (fromGateway) {
                // SIPREGPROXYPOLICY alternate: one registration at a time, so leave the gateway.
                register(now, previous, Registration.Reason.UNREGISTER, out);
            }
            if (!timers.isSet(Timer.OPTIONS_POLL)) {
                optionsFailuresInRow = 0;
                timers.set(Timer.OPTIONS_POLL, now + cfg.optionsInterval());
            }
        } else {
            registeredTo = c;
            if (state != ServiceState.LIMITED_SERVICE) {
                watch.registeredAtGateway(now);
                setState(now, ServiceState.LIMITED_SERVICE, c.name(), out);
                if (cfg.autoFailback()) {
                    // J100 "Restoring the phone to the primary proxy": wait RECOVERYREGISTERWAIT, then try it.
                    timers.set(Timer.FAILBACK_TRY, now + cfg.recoveryRegisterWait());
                }
            }
        }
        timers.set(Timer.REGISTER_REFRESH, now + cfg.registerWait());
        keepAliveProbesUnanswered = 0;
        trafficReceived(c, now);
    }

    private void registrationFailed(long now, Registration r, int status, long retryAfterSeconds, PhoneOutbox out) {
        out.event(new PhoneEvent.RegistrationFinished(cfg.id(), now, r.controller.name(), r.startedAt, status,
                r.messagesSent));
        long retryAfter = retryAfterSeconds > 0 ? retryAfterSeconds * SECOND : 0;
        switch (r.reason) {
            case INITIAL -> startSearch(now, out);
            case REFRESH -> {
                if (r.controller == primary && state == ServiceState.ON_ACO) {
                    loss(now, LossTrigger.REGISTER_FAILED, out);
                } else if (r.controller == registeredTo) {
                    registeredTo = null;
                    startSearch(now, out);
                }
            }
            case FAILOVER -> {
                int next = nextAnsweredAfter(r.controller);
                if (next >= 0) {
                    register(now, controllers.get(next), Registration.Reason.FAILOVER, out);
                } else {
                    noService(now, retryAfter, out);
                }
            }
            case FAILBACK -> {
                if (state == ServiceState.FAILING_BACK) {
                    setState(now, ServiceState.LIMITED_SERVICE, registeredTo == null ? null : registeredTo.name(), out);
                    timers.set(Timer.FAILBACK_TRY, now + Math.max(retryAfter, cfg.recoveryRegisterWait()));
                }
            }
            case UNREGISTER -> {
                // Nothing depends on leaving the gateway cleanly; its binding simply expires.
            }
        }
    }

    private int nextAnsweredAfter(Controller failed) {
        if (lastSearch == null) {
            return -1;
        }
        for (int i = controllers.indexOf(failed) + 1; i < controllers.size(); i++) {
            if (lastSearch.answered[i]) {
                return i;
            }
        }
        return -1;
    }

    // ---- monitoring the primary and noticing its loss (domain.md §1.3) ----

    private void poll(long now, PhoneOutbox out) {
        if (state != ServiceState.ON_ACO) {
            return;
        }
        String branch = msgs.branch();
        sendRequest(now, ClientTransaction.Purpose.OPTIONS_POLL, primary, "OPTIONS", branch,
                msgs.options(primary, source(primary), branch), cfg.optionsTimeout(), null, out);
        timers.set(Timer.OPTIONS_POLL, now + cfg.optionsInterval());
    }

    /** One of the four triggers fired. A connected call defers the failover until it ends [B5800-203]. */
    void loss(long now, LossTrigger trigger, PhoneOutbox out) {
        if (state != ServiceState.ON_ACO) {
            return;
        }
        if (calls.connected()) {
            pendingLoss = pendingLoss == null ? trigger : pendingLoss;
            return;
        }
        out.event(new PhoneEvent.LossDetected(cfg.id(), now, trigger));
        long since = watch.firstUnansweredSoFar();
        if (since >= 0 && since < now) {
            out.event(new PhoneEvent.StateChanged(cfg.id(), since, ServiceState.DETECTING, primary.name()));
        }
        watch.failoverStarted();
        timers.clear(Timer.OPTIONS_POLL);
        timers.clear(Timer.REGISTER_REFRESH);
        timers.clear(Timer.KEEPALIVE);
        registeredTo = null;
        startSearch(now, out);
    }

    /** Called by the call agent when the user hangs up: a deferred failover goes ahead now. */
    void callEnded(long now, PhoneOutbox out) {
        if (pendingLoss != null) {
            LossTrigger t = pendingLoss;
            pendingLoss = null;
            loss(now, t, out);
        }
    }

    private void connectionLost(long now, PhoneOutbox out) {
        for (int i = 0; i < controllers.size(); i++) {
            if (controllers.get(i) == registeredTo) {
                sourcePort[i] = 0;
            }
        }
        if (state == ServiceState.ON_ACO) {
            loss(now, LossTrigger.CONNECTION_LOST, out);
        } else if (state == ServiceState.LIMITED_SERVICE || state == ServiceState.FAILING_BACK) {
            registeredTo = null;
            timers.clear(Timer.REGISTER_REFRESH);
            timers.clear(Timer.FAILBACK_TRY);
            startSearch(now, out);
        }
    }

    // ---- TCP keep-alive on the current controller's connection ----

    private boolean keepAliveApplies(Controller c) {
        return cfg.tcpKeepAlive() && c != null && c == registeredTo && c.transport().reliable();
    }

    private void trafficSent(Controller c, long now) {
        if (keepAliveApplies(c) && keepAliveProbesUnanswered == 0) {
            timers.set(Timer.KEEPALIVE, now + cfg.tcpKeepAliveTime());
        }
    }

    private void trafficReceived(Controller c, long now) {
        if (keepAliveApplies(c)) {
            keepAliveProbesUnanswered = 0;
            timers.set(Timer.KEEPALIVE, now + cfg.tcpKeepAliveTime());
        }
    }

    private void keepAlive(long now, PhoneOutbox out) {
        Controller c = registeredTo;
        if (!keepAliveApplies(c)) {
            return;
        }
        if (keepAliveProbesUnanswered >= cfg.tcpKeepAliveProbes()) {
            keepAliveProbesUnanswered = 0;
            connectionLost(now, out);
            return;
        }
        out.keepAlive(source(c), c.address());
        keepAliveProbesUnanswered++;
        timers.set(Timer.KEEPALIVE, now + cfg.tcpKeepAliveInterval());
    }

    // ---- searching the controller list ----

    private void startSearch(long now, PhoneOutbox out) {
        setState(now, ServiceState.SEARCHING, null, out);
        search = new Search(controllers.size());
        lastSearch = search;
        for (Controller c : controllers) {
            String branch = msgs.branch();
            sendRequest(now, ClientTransaction.Purpose.SEARCH_PROBE, c, "OPTIONS", branch,
                    msgs.options(c, source(c), branch), cfg.controllerSearchInterval(), search, out);
        }
        timers.set(Timer.SEARCH_END, now + cfg.controllerSearchInterval());
    }

    private void searchAnswer(long now, ClientTransaction t, boolean answered, PhoneOutbox out) {
        Search s = (Search) t.context;
        if (s != search) {
            return;
        }
        int i = controllers.indexOf(t.controller);
        if (answered) {
            s.answered[i] = true;
        } else {
            s.failed[i] = true;
        }
        if (s.decided()) {
            finishSearch(now, out);
        }
    }

    private void finishSearch(long now, PhoneOutbox out) {
        Search s = search;
        if (s == null) {
            return;
        }
        search = null;
        timers.clear(Timer.SEARCH_END);
        int best = s.best();
        if (best < 0) {
            noService(now, 0, out);
        } else {
            register(now, controllers.get(best), Registration.Reason.FAILOVER, out);
        }
    }

    private void noService(long now, long atLeast, PhoneOutbox out) {
        setState(now, ServiceState.NO_SERVICE, null, out);
        // RECOVERYREGISTERWAIT: retry after a random 50-90 % of it [J100-RED], [B5800-200].
        long wait = (long) ((0.5 + 0.4 * random.getAsDouble()) * cfg.recoveryRegisterWait());
        timers.set(Timer.RECOVERY, now + Math.max(wait, atLeast));
    }

    // ---- failback (FAILBACK_POLICY auto: domain.md §1.3) ----

    private void tryFailback(long now, PhoneOutbox out) {
        setState(now, ServiceState.FAILING_BACK, primary.name(), out);
        register(now, primary, Registration.Reason.FAILBACK, out);
    }

    // ---- state ----

    void setState(long now, ServiceState next, String controller, PhoneOutbox out) {
        if (next != state) {
            state = next;
            out.event(new PhoneEvent.StateChanged(cfg.id(), now, next, controller));
        }
    }

    /** The controller new calls go through, or {@code null} when the phone has none. */
    Controller callController() {
        return switch (state) {
            case ON_ACO, LIMITED_SERVICE, FAILING_BACK -> registeredTo;
            default -> null;
        };
    }

    boolean isPrimary(Controller c) {
        return c == primary;
    }
}
