package org.persistlab.sim.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.sim.kernel.Event;
import org.persistlab.sim.kernel.Simulator;
import org.persistlab.sim.kernel.random.Distribution;
import org.persistlab.sim.kernel.random.RandomStream;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * Carries messages between the simulated nodes: a delay and a loss per link, TCP and TLS
 * connections that deliver in order and pay their handshake when new, and ACO outages that drop or
 * refuse traffic. Every message is shown to the {@link WireTap} where a capture on the site's LAN
 * would see it.
 *
 * <p>Randomness: the draws for a message come from the stream of its on-site end (a phone or an IP
 * Office), so adding a phone never changes another phone's delays.
 */
public final class Network {
    /** What the network delivers to. */
    public interface Node {
        void deliver(long now, WireEvent event);

        /** The connection to {@code peer} was reset or refused, or ICMP said it is unreachable. */
        default void transportError(long now, Endpoint peer) {
        }

        /** A TCP keep-alive probe toward {@code peer} was answered. */
        default void keepAliveAnswered(long now, Endpoint peer) {
        }
    }

    private record Attached(NodeRef ref, Node node, RandomStream stream) {
    }

    /** One TCP/TLS connection: whether its handshake completed, and the last delivery (for ordering). */
    private static final class Connection {
        boolean established;
        long lastDelivery;
    }

    /** A connection's two ends, the lower first, so both directions find the same connection. */
    private record ConnKey(Endpoint low, Endpoint high) implements Comparable<ConnKey> {
        static ConnKey of(Endpoint a, Endpoint b) {
            return a.compareTo(b) <= 0 ? new ConnKey(a, b) : new ConnKey(b, a);
        }

        @Override
        public int compareTo(ConnKey o) {
            int c = low.compareTo(o.low);
            return c != 0 ? c : high.compareTo(o.high);
        }
    }

    private final Simulator sim;
    private final LinkModel links;
    private final List<Outage> outages;
    private final List<WireTap> taps = new ArrayList<>(2);
    private final Map<Endpoint, Attached> byHost = new HashMap<>();
    private final Map<ConnKey, Connection> connections = new HashMap<>();
    private long messages;
    private long dropped;
    private long unparseable;

    public Network(Simulator sim, LinkModel links, List<Outage> outages) {
        this.sim = sim;
        this.links = links;
        this.outages = List.copyOf(outages);
        for (Outage o : outages) {
            if (o.reset()) {
                sim.scheduleAt(o.start(), s -> resetConnections(o));
            }
        }
    }

    public void addTap(WireTap tap) {
        taps.add(tap);
    }

    /** Attaches a node at an IP address (any port reaches it). */
    public void attach(Endpoint host, NodeRef ref, Node node, RandomStream stream) {
        if (byHost.putIfAbsent(host.host(), new Attached(ref, node, stream)) != null) {
            throw new IllegalArgumentException("two nodes at " + host.address());
        }
    }

    public long messages() {
        return messages;
    }

    public long dropped() {
        return dropped;
    }

    // ---- sending ----

    /** Sends a SIP message now, from {@code src} to {@code dst}. */
    public void send(Endpoint src, Endpoint dst, Transport transport, byte[] bytes) {
        long now = sim.now();
        Attached from = byHost.get(src.host());
        Attached to = byHost.get(dst.host());
        SipMessage message;
        try {
            message = SipMessage.parse(bytes);
        } catch (SipParseException e) {
            unparseable++;
            return;
        }
        messages++;
        if (from == null || to == null) {
            dropped++;
            return;
        }
        Attached local = from.ref.onSite() ? from : to;
        boolean wan = from.ref.kind() == NodeRef.Kind.ACO || to.ref.kind() == NodeRef.Kind.ACO;
        Outage outage = wan ? outageFor(local.ref, now) : null;
        Connection conn = transport.reliable() ? connection(src, dst) : null;
        long wireAt = now;
        if (conn != null && !conn.established) {
            if (outage != null) {
                refuseOrVanish(outage, from, src, dst, now);
                return; // the handshake never completes, so the message never reaches the wire
            }
            // TCP: one round trip before data; TLS adds a full handshake's two more (TLS 1.2).
            int rtts = transport.encrypted() ? 3 : 1;
            for (int i = 0; i < rtts; i++) {
                wireAt += delay(from, to, local) + delay(to, from, local);
            }
            conn.established = true;
        }
        if (outage != null) {
            if (from.ref.onSite()) {
                tap(new WireEvent(wireAt, src, dst, transport, message), from.ref, to.ref);
            }
            refuseOrVanish(outage, from, src, dst, now);
            return;
        }
        long arrive = wireAt + delay(from, to, local);
        if (lost(from, to, local)) {
            if (conn == null) {
                if (from.ref.onSite()) {
                    tap(new WireEvent(wireAt, src, dst, transport, message), from.ref, to.ref);
                }
                dropped++;
                return;
            }
            arrive += LinkModel.TCP_RTO;
        }
        if (conn != null) {
            arrive = Math.max(arrive, conn.lastDelivery);
            conn.lastDelivery = arrive;
        }
        WireEvent sent = new WireEvent(wireAt, src, dst, transport, message);
        if (from.ref.onSite()) {
            if (wireAt == now) {
                tap(sent, from.ref, to.ref);
            } else {
                sim.scheduleAt(wireAt, s -> tap(sent, from.ref, to.ref));
            }
        }
        sim.scheduleAt(arrive, new Delivery(sent, from, to));
    }

    /** A TCP keep-alive probe: answered after a round trip when the path is up. */
    public void keepAlive(Endpoint src, Endpoint dst) {
        long now = sim.now();
        Attached from = byHost.get(src.host());
        Attached to = byHost.get(dst.host());
        if (from == null || to == null) {
            return;
        }
        boolean wan = to.ref.kind() == NodeRef.Kind.ACO;
        Outage outage = wan ? outageFor(from.ref, now) : null;
        if (outage != null) {
            refuseOrVanish(outage, from, src, dst, now);
            return;
        }
        long back = now + delay(from, to, from) + delay(to, from, from);
        sim.scheduleAt(back, s -> from.node.keepAliveAnswered(s.now(), dst));
    }

    private final class Delivery implements Event {
        private final WireEvent sent;
        private final Attached from;
        private final Attached to;

        Delivery(WireEvent sent, Attached from, Attached to) {
            this.sent = sent;
            this.from = from;
            this.to = to;
        }

        @Override
        public void fire(Simulator s) {
            long now = s.now();
            WireEvent arrived = new WireEvent(now, sent.src(), sent.dst(), sent.transport(), sent.message());
            if (!from.ref.onSite()) {
                tap(arrived, from.ref, to.ref);
            }
            to.node.deliver(now, arrived);
        }
    }

    // ---- outages ----

    private Outage outageFor(NodeRef onSite, long time) {
        if (!onSite.onSite()) {
            return null;
        }
        for (Outage o : outages) {
            if (o.covers(onSite.site(), time)) {
                return o;
            }
        }
        return null;
    }

    /** Silent: nothing comes back. Reset: the site's router refuses at once (RST or ICMP unreachable). */
    private void refuseOrVanish(Outage o, Attached from, Endpoint src, Endpoint dst, long now) {
        dropped++;
        if (o.reset() && from.ref.onSite()) {
            long back = now + 2 * links.lanDelay().sampleNanos(from.stream);
            connections.remove(ConnKey.of(src, dst));
            sim.scheduleAt(back, s -> from.node.transportError(s.now(), dst));
        }
    }

    /** At the start of a resetting outage every open connection between an affected site and ACO is reset. */
    private void resetConnections(Outage o) {
        List<ConnKey> keys = new ArrayList<>(connections.keySet());
        keys.sort(null); // a fixed order, so the resets (and their random draws) repeat exactly
        for (ConnKey k : keys) {
            Attached na = byHost.get(k.low().host());
            Attached nb = byHost.get(k.high().host());
            Attached site = na.ref.onSite() ? na : nb;
            Attached far = site == na ? nb : na;
            if (far.ref.kind() != NodeRef.Kind.ACO || !o.covers(site.ref.site(), sim.now())) {
                continue;
            }
            connections.remove(k);
            Endpoint peer = site == na ? k.high() : k.low();
            long at = sim.now() + links.lanDelay().sampleNanos(site.stream);
            sim.scheduleAt(at, s -> site.node.transportError(s.now(), peer));
        }
    }

    // ---- links ----

    private long delay(Attached from, Attached to, Attached local) {
        Distribution d = linkDelay(from.ref, to.ref);
        return d.sampleNanos(local.stream);
    }

    private Distribution linkDelay(NodeRef a, NodeRef b) {
        if (a.kind() == NodeRef.Kind.ACO || b.kind() == NodeRef.Kind.ACO) {
            return a.kind() == NodeRef.Kind.PSTN || b.kind() == NodeRef.Kind.PSTN ? links.pstnDelay() : links.acoDelay();
        }
        if (a.kind() == NodeRef.Kind.PSTN || b.kind() == NodeRef.Kind.PSTN) {
            return links.pstnDelay();
        }
        return links.lanDelay();
    }

    private boolean lost(Attached from, Attached to, Attached local) {
        boolean wan = from.ref.kind() == NodeRef.Kind.ACO || to.ref.kind() == NodeRef.Kind.ACO;
        boolean pstn = from.ref.kind() == NodeRef.Kind.PSTN || to.ref.kind() == NodeRef.Kind.PSTN;
        double p = pstn ? 0 : wan ? links.acoLoss() : links.lanLoss();
        // Draw only when loss is configured, so a lossless run keeps the same delays as before.
        return p > 0 && local.stream.nextDouble() < p;
    }

    // ---- connections ----

    private Connection connection(Endpoint a, Endpoint b) {
        return connections.computeIfAbsent(ConnKey.of(a, b), k -> new Connection());
    }

    private void tap(WireEvent e, NodeRef from, NodeRef to) {
        for (WireTap t : taps) {
            t.onWire(e, from, to);
        }
    }
}
