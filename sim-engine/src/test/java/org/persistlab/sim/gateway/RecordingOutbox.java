package org.persistlab.sim.gateway;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;

/** An outbox that keeps everything, stamped with the harness clock, for tests to read. */
final class RecordingOutbox implements Outbox {
    record Sent(long timeNanos, Endpoint dst, Transport transport, SipMessage message) { }

    private final LongSupplier clock;
    /** What was sent and not yet taken by a phone. */
    final List<Sent> sent = new ArrayList<>();
    /** Everything ever sent, in order. */
    final List<Sent> log = new ArrayList<>();
    final List<GatewayEvent> events = new ArrayList<>();

    RecordingOutbox(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public void send(Endpoint dst, Transport transport, byte[] message) {
        Sent s = new Sent(clock.getAsLong(), dst, transport, SipMessage.parse(message.clone()));
        sent.add(s);
        log.add(s);
    }

    @Override
    public void record(GatewayEvent event) {
        events.add(event);
    }

    /** Removes and returns everything sent to {@code dst}, oldest first. */
    List<Sent> take(Endpoint dst) {
        List<Sent> out = new ArrayList<>();
        for (Iterator<Sent> it = sent.iterator(); it.hasNext(); ) {
            Sent s = it.next();
            if (s.dst().equals(dst)) {
                out.add(s);
                it.remove();
            }
        }
        return out;
    }

    /** Events of one type, in order. */
    <T extends GatewayEvent> List<T> events(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (GatewayEvent e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }
}
