package org.persistlab.analyzer.metrics;

import static org.persistlab.analyzer.track.Sip.MS;
import static org.persistlab.analyzer.track.Sip.S;
import static org.persistlab.analyzer.track.Sip.US;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.persistlab.analyzer.track.Sip;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.WireEvent;

/**
 * A random but well-formed capture of a few phones on a LAN, for the property tests: every response
 * follows its request by 1 to 3 microseconds (so a reordering window of 5 us swaps them), while the
 * next request of a phone waits at least a millisecond. Each phone registers with a challenge,
 * makes calls with assorted endings, loses its primary, fails over to the gateway and maybe back.
 */
final class LanStream {
    static final String ACO = "198.51.100.10:5060";
    static final String IPO = "192.0.2.10:5060";
    static final String PBX = "192.0.2.1:5060";

    enum Ending { ANSWER, BUSY, UNAVAILABLE, CANCEL, CANCEL_AFTER_TRYING, TIMEOUT, REDIRECT, CHALLENGE }

    private final Random random;
    private final Sip.Script w = new Sip.Script();
    private int ids;

    private LanStream(long seed) {
        this.random = new Random(seed);
    }

    static List<WireEvent> generate(long seed, int phones, List<Ending> calls, boolean failback) {
        LanStream s = new LanStream(seed);
        for (int k = 1; k <= phones; k++) {
            s.phone(k, calls, failback);
        }
        List<WireEvent> out = new ArrayList<>(s.w.events());
        out.sort((a, b) -> Long.compare(a.timeNanos(), b.timeNanos()));
        return out;
    }

    private long d() {
        return (1 + random.nextInt(3)) * US;
    }

    private String id(String what) {
        return what + "-" + (++ids);
    }

    private void phone(int k, List<Ending> calls, boolean failback) {
        String me = "10.2.0." + k + ":5060";
        long t = k * 100 * MS;
        register(me, ACO, "30" + k + "@aco", t);
        t += 5 * S;
        for (Ending e : calls) {
            call(me, e, t);
            t += 40 * S;
        }
        SipMessage ping = options(me);
        w.send(t, me, ACO, ping);
        w.send(t + d(), ACO, me, Sip.response(ping, 200, "s"));
        long outage = t + 30 * S;
        SipMessage lost = options(me);
        for (long ms : FailoverScenario.TIMER_E) {
            w.send(outage + ms * MS, me, ACO, lost);
        }
        register(me, IPO, "30" + k + "@ipo", outage + 32 * S + k * MS);
        if (failback) {
            long back = outage + 100 * S;
            SipMessage p = options(me);
            w.send(back, me, ACO, p);
            w.send(back + d(), ACO, me, Sip.response(p, 200, "s"));
            register(me, ACO, "30" + k + "@aco", back + 10 * MS);
        }
    }

    private SipMessage options(String me) {
        String id = id("o");
        return Sip.request("OPTIONS").to("ping@aco").from("ping@" + me, "t" + id).callId(id)
                .branch("z9hG4bK-" + id).via(me).build();
    }

    private void register(String me, String registrar, String aor, long t) {
        String call = id("r");
        SipMessage r1 = Sip.register(aor, "z9hG4bK-" + call + "a", call, 1, me);
        w.send(t, me, registrar, r1);
        w.send(t + d(), registrar, me, Sip.response(r1, 401, "s"));
        SipMessage r2 = Sip.register(aor, "z9hG4bK-" + call + "b", call, 2, me);
        long t2 = t + 2 * MS;
        w.send(t2, me, registrar, r2);
        w.send(t2 + d(), registrar, me, Sip.response(r2, 200, "s"));
    }

    private void call(String me, Ending ending, long t) {
        String c = id("c");
        SipMessage inv = Sip.invite(c, "f" + c, "z9hG4bK-" + c, 1, me);
        w.send(t, me, PBX, inv);
        switch (ending) {
            case ANSWER -> answer(me, c, inv, t);
            case BUSY, UNAVAILABLE, REDIRECT -> {
                int status = ending == Ending.BUSY ? 486 : ending == Ending.UNAVAILABLE ? 503 : 302;
                w.send(t + d(), PBX, me, Sip.response(inv, 100, null));
                w.send(t + 5 * MS, PBX, me, Sip.response(inv, status, "b" + c));
                w.send(t + 6 * MS, me, PBX, Sip.ackOf(inv, "b" + c));
            }
            case CANCEL, CANCEL_AFTER_TRYING -> {
                w.send(t + d(), PBX, me, Sip.response(inv, ending == Ending.CANCEL ? 180 : 100, "b" + c));
                SipMessage cancel = Sip.cancelOf(inv);
                long tc = t + 2 * S;
                w.send(tc, me, PBX, cancel);
                w.send(tc + 2 * US, PBX, me, Sip.response(cancel, 200, "b" + c));
                w.send(tc + 3 * US, PBX, me, Sip.response(inv, 487, "b" + c));
                w.send(tc + 2 * MS, me, PBX, Sip.ackOf(inv, "b" + c));
            }
            case TIMEOUT -> {
                for (long ms : new long[] {500, 1500, 3500, 7500, 15500, 31500}) {
                    w.send(t + ms * MS, me, PBX, inv);
                }
            }
            case CHALLENGE -> {
                w.send(t + d(), PBX, me, Sip.response(inv, 407, "p" + c));
                w.send(t + 1 * MS, me, PBX, Sip.ackOf(inv, "p" + c));
                SipMessage inv2 = Sip.invite(c, "f" + c, "z9hG4bK-" + c + "x", 2, me);
                w.send(t + 3 * MS, me, PBX, inv2);
                answer(me, c, inv2, t + 3 * MS);
            }
            default -> throw new IllegalStateException(ending.toString());
        }
    }

    private void answer(String me, String c, SipMessage inv, long t) {
        w.send(t + d(), PBX, me, Sip.response(inv, 100, null));
        w.send(t + 10 * MS, PBX, me, Sip.response(inv, 180, "b" + c));
        long ok = t + 1 * S;
        w.send(ok, PBX, me, Sip.response(inv, 200, "b" + c));
        w.send(ok + d(), me, PBX, Sip.ack2xx(inv, "z9hG4bK-" + c + "ack", "b" + c));
        SipMessage bye = Sip.request("BYE").from("alice@example.com", "f" + c).to("bob@example.com")
                .toTag("b" + c).callId(c).branch("z9hG4bK-" + c + "bye").cseq(9).via(me).build();
        long tb = ok + 10 * S;
        w.send(tb, me, PBX, bye);
        w.send(tb + d(), PBX, me, Sip.response(bye, 200, null));
    }
}
