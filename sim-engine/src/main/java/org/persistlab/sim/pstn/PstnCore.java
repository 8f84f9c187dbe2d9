package org.persistlab.sim.pstn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.RequestBuilder;
import org.persistlab.sip.ResponseBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * The PSTN carrier behind the trunks of ACO and of each IP Office, sans-IO: it answers the calls it
 * receives (ringing, then answering after the callee's answer delay; the caller hangs up) and places
 * incoming external calls toward a trunk, hanging them up after their holding time. Trunks use TCP,
 * so no UDP retransmissions are needed on this side.
 */
public final class PstnCore {
    /** Where the carrier's actions go. */
    public interface Outbox {
        void send(Endpoint dst, Transport transport, byte[] message);

        /** An incoming call the carrier placed has ended: its final status (0 = never answered at all). */
        void incomingFinished(long now, int phone, int status, boolean completed);
    }

    /** A call the carrier placed toward a trunk. */
    private static final class Placed {
        final int phone;
        final Endpoint trunk;
        final SipMessage invite;
        final long holding;
        String remoteTag;
        int status;

        Placed(int phone, Endpoint trunk, SipMessage invite, long holding) {
            this.phone = phone;
            this.trunk = trunk;
            this.invite = invite;
            this.holding = holding;
        }
    }

    private final Endpoint self;
    private final LongSupplier answerDelay;
    private final TreeMap<long[], Runnable> deadlines = new TreeMap<>((a, b) -> a[0] != b[0]
            ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    private final Map<String, Placed> placed = new HashMap<>();
    private final Map<String, SipMessage> answering = new HashMap<>();
    private long seq;
    private long counter;
    private Outbox pending;

    /** @param answerDelay how long the called party takes to answer, drawn per call */
    public PstnCore(Endpoint self, LongSupplier answerDelay) {
        this.self = self;
        this.answerDelay = answerDelay;
    }

    public Endpoint address() {
        return self;
    }

    public long nextDeadline() {
        return deadlines.isEmpty() ? Long.MAX_VALUE : deadlines.firstKey()[0];
    }

    public void onTimer(long now, Outbox out) {
        pending = out;
        while (!deadlines.isEmpty() && deadlines.firstKey()[0] <= now) {
            deadlines.pollFirstEntry().getValue().run();
        }
    }

    private void at(long time, Runnable r) {
        deadlines.put(new long[] {time, seq++}, r);
    }

    public void handle(long now, WireEvent in, Outbox out) {
        pending = out;
        SipMessage m = in.message();
        try {
            if (m.isRequest()) {
                request(now, in, m, out);
            } else {
                response(now, in, m, out);
            }
        } catch (SipParseException e) {
            // The carrier ignores what it cannot read.
        }
    }

    private void request(long now, WireEvent in, SipMessage m, Outbox out) {
        Endpoint trunk = in.src();
        switch (m.method()) {
            case "INVITE" -> {
                if (m.toTag() != null) {
                    out.send(trunk, in.transport(), ResponseBuilder.to(m, 200).toBytes());
                    return;
                }
                if (answering.containsKey(m.callId())) {
                    return; // a retransmission; over TCP it does not happen, and the call is already ringing
                }
                String tag = "pstn" + Long.toString(++counter, 36);
                answering.put(m.callId(), m);
                out.send(trunk, in.transport(), ResponseBuilder.to(m, 100).toBytes());
                out.send(trunk, in.transport(), ResponseBuilder.to(m, 180).toTag(tag).toBytes());
                Transport t = in.transport();
                at(now + answerDelay.getAsLong(), () -> {
                    if (answering.remove(m.callId()) != null) {
                        pending.send(trunk, t, ResponseBuilder.to(m, 200).toTag(tag)
                                .contact("sip:pstn@" + self.address() + ":" + self.port()).toBytes());
                    }
                });
            }
            case "CANCEL" -> {
                out.send(trunk, in.transport(), ResponseBuilder.to(m, 200).toBytes());
                SipMessage invite = answering.remove(m.callId());
                if (invite != null) {
                    out.send(trunk, in.transport(), ResponseBuilder.to(invite, 487).toTag("pstn-c").toBytes());
                }
            }
            case "BYE" -> {
                out.send(trunk, in.transport(), ResponseBuilder.to(m, 200).toBytes());
                Placed p = placed.remove(m.callId());
                if (p != null) {
                    out.incomingFinished(now, p.phone, 200, true);
                }
            }
            case "ACK" -> {
                // nothing to do
            }
            default -> out.send(trunk, in.transport(), ResponseBuilder.to(m, 200).toBytes());
        }
    }

    /** Places an incoming external call to {@code number} through {@code trunk}, held for {@code holding} ns. */
    public void placeCall(long now, int phone, Endpoint trunk, Transport transport, String number, String domain,
                          long holding, Outbox out) {
        pending = out;
        String callId = "pstn" + Long.toString(++counter, 36) + "@" + self.address();
        byte[] bytes = RequestBuilder.request("INVITE", "sip:" + number + "@" + domain)
                .via(transport, self.address() + ":" + self.port(), "z9hG4bKpstn" + Long.toString(counter, 36))
                .from("sip:+15555550100@" + self.address(), "pstn" + Long.toString(counter, 36))
                .to("sip:" + number + "@" + domain, null)
                .callId(callId).cseq(1)
                .contact("sip:pstn@" + self.address() + ":" + self.port())
                .toBytes();
        SipMessage invite = SipMessage.parse(bytes);
        placed.put(callId, new Placed(phone, trunk, invite, holding));
        out.send(trunk, transport, bytes);
    }

    private void response(long now, WireEvent in, SipMessage m, Outbox out) {
        Placed p = placed.get(m.callId());
        if (p == null || !"INVITE".equals(m.cseqMethod())) {
            return;
        }
        int status = m.statusCode();
        if (status < 200) {
            return;
        }
        p.status = status;
        if (status >= 300) {
            placed.remove(m.callId());
            out.send(p.trunk, in.transport(), RequestBuilder.request("ACK", p.invite.requestUri())
                    .viaRaw(p.invite.header("Via")).from(p.invite.from().uri(), p.invite.fromTag())
                    .to(p.invite.to().uri(), m.toTag()).callId(p.invite.callId()).cseq(1, "ACK").toBytes());
            out.incomingFinished(now, p.phone, status, false);
            return;
        }
        if (p.remoteTag != null) {
            return; // a retransmitted 2xx
        }
        p.remoteTag = m.toTag();
        Transport t = in.transport();
        out.send(p.trunk, t, inDialog("ACK", p, 1));
        at(now + p.holding, () -> {
            if (placed.remove(p.invite.callId()) != null) {
                pending.send(p.trunk, t, inDialog("BYE", p, 2));
                pending.incomingFinished(now + p.holding, p.phone, 200, true);
            }
        });
    }

    private byte[] inDialog(String method, Placed p, long cseq) {
        return RequestBuilder.request(method, p.invite.requestUri())
                .via(Transport.TCP, self.address() + ":" + self.port(), "z9hG4bKpstn" + Long.toString(++counter, 36))
                .from(p.invite.from().uri(), p.invite.fromTag()).to(p.invite.to().uri(), p.remoteTag)
                .callId(p.invite.callId()).cseq(cseq, method).toBytes();
    }

    /** Calls the carrier placed that have not ended yet. */
    public List<Integer> openIncoming() {
        List<Integer> out = new ArrayList<>();
        placed.values().forEach(p -> out.add(p.phone));
        out.sort(null);
        return out;
    }
}
