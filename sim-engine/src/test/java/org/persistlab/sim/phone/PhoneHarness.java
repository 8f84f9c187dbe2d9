package org.persistlab.sim.phone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.ResponseBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;
import org.persistlab.sip.digest.DigestAuth;
import org.persistlab.sip.digest.DigestChallenge;
import org.persistlab.sip.digest.DigestCredentials;
import org.persistlab.sip.digest.NonceIssuer;

/**
 * One phone against scripted controllers on a test clock: each step jumps to the earliest of the
 * phone's deadline and the next delivery. A controller is UP (a registrar that challenges and
 * accepts, and answers OPTIONS and INVITE), SILENT (drops everything) or RESET (refuses at once).
 */
final class PhoneHarness implements PhoneOutbox {
    enum Mode { UP, SILENT, RESET }

    /** One message the phone sent or received, with when. */
    record Sent(long at, Endpoint src, Endpoint dst, SipMessage message) {
    }

    private record Delivery(long at, long seq, Runnable action) {
    }

    final PhoneCore phone;
    final long oneWay;
    final Map<Endpoint, Mode> modes = new HashMap<>();
    final List<Sent> sent = new ArrayList<>();
    final List<Sent> received = new ArrayList<>();
    final List<PhoneEvent> events = new ArrayList<>();
    private final PriorityQueue<Delivery> queue = new PriorityQueue<>((a, b) -> a.at != b.at
            ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
    private final NonceIssuer nonces = new NonceIssuer(1, 2);
    private final DigestAuth auth = new DigestAuth();
    private long seq;
    long now;
    /** When true, an UP controller answers INVITEs with 180 then 200; otherwise it ignores them. */
    boolean answerCalls = true;

    PhoneHarness(PhoneConfig cfg, long oneWayDelay) {
        this.phone = new PhoneCore(cfg, new SplittableRandom(7)::nextDouble, new DigestAuth());
        this.oneWay = oneWayDelay;
        for (Controller c : cfg.controllers()) {
            modes.put(c.address(), Mode.UP);
        }
    }

    void set(Controller c, Mode mode) {
        modes.put(c.address(), mode);
    }

    /** Runs until {@code until}, firing everything due before it in time order. */
    void runUntil(long until) {
        while (true) {
            long pd = phone.nextDeadline();
            Delivery d = queue.peek();
            long next = Math.min(pd, d == null ? Long.MAX_VALUE : d.at);
            if (next > until) {
                now = until;
                return;
            }
            now = next;
            if (d != null && d.at <= pd) {
                queue.poll().action.run();
            } else {
                phone.onTimer(now, this);
            }
        }
    }

    private void later(long at, Runnable r) {
        queue.add(new Delivery(at, seq++, r));
    }

    @Override
    public void send(Endpoint src, Endpoint dst, Transport transport, byte[] message) {
        SipMessage m = SipMessage.parse(message);
        sent.add(new Sent(now, src, dst, m));
        Mode mode = modes.getOrDefault(dst, Mode.SILENT);
        if (mode == Mode.RESET) {
            later(now + oneWay, () -> phone.onTransportError(now, dst, this));
            return;
        }
        if (mode == Mode.SILENT) {
            return;
        }
        later(now + oneWay, () -> serve(src, dst, transport, m));
    }

    @Override
    public void keepAlive(Endpoint src, Endpoint dst) {
        if (modes.getOrDefault(dst, Mode.SILENT) == Mode.UP) {
            later(now + 2 * oneWay, () -> phone.onKeepAliveAnswered(now, dst, this));
        }
    }

    @Override
    public void event(PhoneEvent event) {
        events.add(event);
    }

    private void reply(Endpoint server, Endpoint phoneEnd, Transport t, byte[] bytes) {
        later(now + oneWay, () -> {
            if (modes.getOrDefault(server, Mode.SILENT) != Mode.UP) {
                return; // went down while the answer was on its way
            }
            SipMessage m = SipMessage.parse(bytes);
            received.add(new Sent(now, server, phoneEnd, m));
            phone.handle(now, new WireEvent(now, server, phoneEnd, t, m), this);
        });
    }

    /** A minimal registrar and call server: enough to drive the phone through its flows. */
    private void serve(Endpoint phoneEnd, Endpoint server, Transport t, SipMessage m) {
        if (modes.getOrDefault(server, Mode.SILENT) != Mode.UP || m.isResponse()) {
            return;
        }
        switch (m.method()) {
            case "REGISTER" -> {
                DigestCredentials c = DigestCredentials.from(m.authorization());
                if (c == null || nonces.check(c.nonce(), now, 10_000_000_000L) != NonceIssuer.Status.VALID) {
                    reply(server, phoneEnd, t, ResponseBuilder.to(m, 401).toTag("s1").header("WWW-Authenticate",
                            DigestChallenge.md5("lab", nonces.issue(now), false).toHeaderValue()).toBytes());
                } else {
                    boolean ok = auth.verify(c, auth.ha1(c.username(), "lab", "pw"), "REGISTER");
                    reply(server, phoneEnd, t, ResponseBuilder.to(m, ok ? 200 : 403).toTag("s1").toBytes());
                }
            }
            case "OPTIONS" -> reply(server, phoneEnd, t, ResponseBuilder.to(m, 200).toTag("s2").toBytes());
            case "INVITE" -> {
                if (answerCalls) {
                    reply(server, phoneEnd, t, ResponseBuilder.to(m, 180).toTag("callee").toBytes());
                    reply(server, phoneEnd, t, ResponseBuilder.to(m, 200).toTag("callee").toBytes());
                }
            }
            case "BYE", "CANCEL" -> reply(server, phoneEnd, t, ResponseBuilder.to(m, 200).toBytes());
            default -> {
                // ACK needs no answer
            }
        }
    }

    List<Sent> sentTo(Controller c, String method) {
        List<Sent> out = new ArrayList<>();
        for (Sent s : sent) {
            if (s.dst.equals(c.address()) && s.message.isRequest() && s.message.method().equals(method)) {
                out.add(s);
            }
        }
        return out;
    }

    List<PhoneEvent.StateChanged> states() {
        List<PhoneEvent.StateChanged> out = new ArrayList<>();
        for (PhoneEvent e : events) {
            if (e instanceof PhoneEvent.StateChanged s) {
                out.add(s);
            }
        }
        return out;
    }
}
