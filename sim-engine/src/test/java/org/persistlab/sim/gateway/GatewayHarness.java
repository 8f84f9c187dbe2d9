package org.persistlab.sim.gateway;

import java.util.List;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * The gateway core on a test clock (quinn's {@code Pair}, STYLE.md item 13): scripted phones hand
 * it messages at the current time; {@link #advanceTo} steps the clock from deadline to deadline the
 * way a host would, with a step bound so a livelock shows up as a failure rather than a hang.
 */
final class GatewayHarness {
    static final long MS = 1_000_000L;
    static final long SECOND = 1_000_000_000L;
    static final Endpoint GATEWAY = Endpoint.parse("192.0.2.10:5060");
    static final Endpoint GATEWAY_TLS = Endpoint.parse("192.0.2.10:5061");
    static final Endpoint TRUNK = Endpoint.parse("198.51.100.1:5060");

    final GatewayCore core;
    final RecordingOutbox out;
    long now;

    GatewayHarness(GatewayConfig config, List<GatewayUser> users) {
        this.core = new GatewayCore(config, users);
        this.out = new RecordingOutbox(() -> now);
    }

    /** The config every test starts from: the documented defaults with a fixed seed. */
    static GatewayConfig.Builder defaults() {
        return GatewayConfig.builder().seed(42);
    }

    void deliver(Endpoint src, Transport transport, byte[] message) {
        Endpoint dst = transport == Transport.TLS ? GATEWAY_TLS : GATEWAY;
        core.handle(now, new WireEvent(now, src, dst, transport, SipMessage.parse(message)), out);
    }

    /** Runs every deadline up to {@code t}, in time order, then sets the clock to {@code t}. */
    void advanceTo(long t) {
        int steps = 0;
        while (core.nextDeadline() <= t) {
            if (++steps > 100_000) {
                throw new AssertionError("more than 100000 timer steps before " + t + ": livelock?");
            }
            now = core.nextDeadline();
            core.onTimer(now, out);
        }
        now = t;
    }

    void advanceBy(long nanos) {
        advanceTo(now + nanos);
    }

    GatewayView view() {
        return core.view();
    }
}
