package org.persistlab.sim.run;

import java.util.Map;
import org.persistlab.sim.gateway.GatewayCore;
import org.persistlab.sim.gateway.GatewayEvent;
import org.persistlab.sim.gateway.Outbox;
import org.persistlab.sim.kernel.Simulator;
import org.persistlab.sim.network.Network;
import org.persistlab.sim.truth.TruthRecorder;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.ResponseBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * An IP Office (or ACO, which runs the same registrar and proxy) in the simulation. For ACO a
 * token bucket in front of the core answers REGISTERs beyond the configured rate with 503 and
 * Retry-After, so the failback storm can be studied (issue 5).
 */
final class GatewayNode extends CoreDriver implements Network.Node, Outbox {
    final GatewayCore core;
    private final Network network;
    private final TruthRecorder truth;
    /** The phone behind each extension, for truth events; {@code null} for ACO. */
    private final Map<String, Integer> phoneByExtension;
    private final double registerRate;
    private final long retryAfterSeconds;
    private double tokens;
    private long tokensAt;
    private long refused;
    private final java.util.List<java.util.function.Consumer<GatewayEvent>> listeners = new java.util.ArrayList<>(0);

    GatewayNode(Simulator sim, GatewayCore core, Network network, TruthRecorder truth,
                Map<String, Integer> phoneByExtension, double registerRatePerSecond, long retryAfterSeconds) {
        super(sim);
        this.core = core;
        this.network = network;
        this.truth = truth;
        this.phoneByExtension = phoneByExtension;
        this.registerRate = registerRatePerSecond;
        this.retryAfterSeconds = retryAfterSeconds;
        this.tokens = Math.max(1, registerRatePerSecond);
    }

    @Override
    long nextDeadline() {
        return core.nextDeadline();
    }

    @Override
    void onTimer(long now) {
        core.onTimer(now, this);
    }

    @Override
    public void deliver(long now, WireEvent event) {
        if (overRate(now, event)) {
            refused++;
            return;
        }
        core.handle(now, event, this);
        reschedule();
    }

    /** A REGISTER beyond the rate limit gets 503 + Retry-After without reaching the registrar. */
    private boolean overRate(long now, WireEvent e) {
        if (Double.isInfinite(registerRate)) {
            return false;
        }
        SipMessage m = e.message();
        if (!m.isRequest() || !"REGISTER".equals(m.method())) {
            return false;
        }
        double burst = Math.max(1, registerRate);
        tokens = Math.min(burst, tokens + (now - tokensAt) / 1e9 * registerRate);
        tokensAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return false;
        }
        try {
            send(e.src(), e.transport(), ResponseBuilder.to(m, 503).toTag("rl")
                    .header("Retry-After", Long.toString(retryAfterSeconds)).toBytes());
        } catch (SipParseException | IllegalArgumentException bad) {
            return false; // let the registrar answer what it cannot read
        }
        return true;
    }

    long rateLimited() {
        return refused;
    }

    @Override
    public void send(Endpoint dst, Transport transport, byte[] message) {
        network.send(core.config().endpointFor(transport), dst, transport, message);
    }

    void addListener(java.util.function.Consumer<GatewayEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public void record(GatewayEvent event) {
        for (java.util.function.Consumer<GatewayEvent> l : listeners) {
            l.accept(event);
        }
        if (phoneByExtension != null) {
            Integer phone = phoneByExtension.get(event.extension());
            if (phone != null) {
                truth.onGatewayEvent(phone, event);
            }
        }
    }
}
