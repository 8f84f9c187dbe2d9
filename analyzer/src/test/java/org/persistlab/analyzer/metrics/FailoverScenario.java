package org.persistlab.analyzer.metrics;

import static org.persistlab.analyzer.track.Sip.MS;
import static org.persistlab.analyzer.track.Sip.S;

import java.util.ArrayList;
import java.util.List;
import org.persistlab.analyzer.track.Sip;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * A two-phone outage, written by hand. ACO (the primary, UDP) goes silent between 75 s and 240 s;
 * the phones fail over to IP Office (the gateway, TCP) and phone 1 fails back.
 *
 * <pre>
 * phone 1 (10.1.0.11): REGISTER/401/REGISTER/200 at ACO by 0.060 s; OPTIONS answered at 30 s and 60 s
 *   (last answer 60.012 s); OPTIONS at 90 s retransmitted to 121.5 s, unanswered; REGISTER refresh
 *   at 100 s unanswered; REGISTER to IP Office at 122 s, 401, REGISTER, 200 at 122.080 s; an OPTIONS
 *   to ACO at 182 s unanswered; OPTIONS at 242 s answered; REGISTER/401/REGISTER/200 at ACO, the 200
 *   at 242.200 s (failback). Latency = 122.080 - 90 = 32.080 s.
 * phone 2 (10.1.0.12): REGISTER/200 at ACO by 1.030 s; a lost OPTIONS at 20 s (an earlier blip);
 *   OPTIONS answered at 45 s; REGISTER refresh answered at 70.010 s; OPTIONS at 75 s unanswered;
 *   REGISTER to IP Office at 107 s, 200 at 107.040 s; no failback. Latency = 32.040 s.
 * </pre>
 */
final class FailoverScenario {
    static final String ACO = "198.51.100.10:5060";
    static final String IPO = "192.0.2.10:5060";
    static final String P1 = "10.1.0.11:5060";
    static final String P2 = "10.1.0.12:5060";
    static final long[] TIMER_E = {0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500};

    private FailoverScenario() {
    }

    static List<WireEvent> events() {
        Sip.Script udp = new Sip.Script();
        Sip.Script tcp = new Sip.Script().transport(Transport.TCP);
        // ---- phone 1 ----
        challengedRegister(udp, P1, ACO, "p1-aco", 0, "101@aco.example.com", 60 * MS);
        answeredOptions(udp, P1, ACO, "p1-o30", 30 * S, 15 * MS);
        answeredOptions(udp, P1, ACO, "p1-o60", 60 * S, 12 * MS);
        unansweredRequest(udp, P1, ACO, options("p1-o90", P1), 90 * S);
        unansweredRequest(udp, P1, ACO, Sip.register("101@aco.example.com", "z9hG4bK-p1-r100", "p1-aco", 3, P1),
                100 * S);
        challengedRegister(tcp, P1, IPO, "p1-ipo", 122 * S, "101@ipo.example.com", 80 * MS);
        unansweredRequest(udp, P1, ACO, options("p1-o182", P1), 182 * S);
        answeredOptions(udp, P1, ACO, "p1-o242", 242 * S, 10 * MS);
        challengedRegister(udp, P1, ACO, "p1-back", 242 * S + 100 * MS, "101@aco.example.com", 100 * MS);
        // ---- phone 2 ----
        SipMessage r = Sip.register("102@aco.example.com", "z9hG4bK-p2-r1", "p2-aco", 1, P2);
        udp.send(1 * S, P2, ACO, r);
        udp.send(1 * S + 30 * MS, ACO, P2, Sip.response(r, 200, "a"));
        unansweredRequest(udp, P2, ACO, options("p2-o20", P2), 20 * S);
        answeredOptions(udp, P2, ACO, "p2-o45", 45 * S, 20 * MS);
        SipMessage refresh = Sip.register("102@aco.example.com", "z9hG4bK-p2-r70", "p2-aco", 2, P2);
        udp.send(70 * S, P2, ACO, refresh);
        udp.send(70 * S + 10 * MS, ACO, P2, Sip.response(refresh, 200, "a"));
        unansweredRequest(udp, P2, ACO, options("p2-o75", P2), 75 * S);
        SipMessage gw = Sip.register("102@ipo.example.com", "z9hG4bK-p2-g1", "p2-ipo", 1, P2);
        tcp.send(107 * S, P2, IPO, gw);
        tcp.send(107 * S + 40 * MS, IPO, P2, Sip.response(gw, 200, "g"));

        List<WireEvent> all = new ArrayList<>(udp.events());
        all.addAll(tcp.events());
        all.sort((a, b) -> Long.compare(a.timeNanos(), b.timeNanos()));
        return all;
    }

    static SipMessage options(String id, String via) {
        return Sip.request("OPTIONS").uri("sip:" + ACO).to("ping@aco.example.com").from("ping@phone", "t-" + id)
                .callId(id).branch("z9hG4bK-" + id).via(via).build();
    }

    static void answeredOptions(Sip.Script w, String phone, String server, String id, long t, long rtt) {
        SipMessage o = options(id, phone);
        w.send(t, phone, server, o);
        w.send(t + rtt, server, phone, Sip.response(o, 200, "s"));
    }

    /** Sent with the RFC 3261 Timer E schedule (UDP) and never answered. */
    static void unansweredRequest(Sip.Script w, String phone, String server, SipMessage m, long t) {
        for (long ms : TIMER_E) {
            w.send(t + ms * MS, phone, server, m);
        }
    }

    /** REGISTER at t, 401 at +30 ms, credentialed REGISTER at +50 ms, 200 at {@code t + okAfter}. */
    static void challengedRegister(Sip.Script w, String phone, String registrar, String callId, long t, String aor,
                                   long okAfter) {
        SipMessage r1 = Sip.register(aor, "z9hG4bK-" + callId + "-1", callId, 1, phone);
        w.send(t, phone, registrar, r1);
        w.send(t + 30 * MS, registrar, phone, Sip.response(r1, 401, "s"));
        SipMessage r2 = Sip.register(aor, "z9hG4bK-" + callId + "-2", callId, 2, phone);
        w.send(t + 50 * MS, phone, registrar, r2);
        w.send(t + okAfter, registrar, phone, Sip.response(r2, 200, "s"));
    }
}
