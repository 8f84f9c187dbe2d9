package org.persistlab.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.analyzer.track.Sip.MS;
import static org.persistlab.analyzer.track.Sip.S;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;
import org.persistlab.analyzer.track.Sip;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * Six hours of a steady load (40 phones registering, polling and calling, with busy, cancelled,
 * unanswered calls and unanswered REGISTERs) streamed through one analysis: the number of live
 * tracked objects must be the same at every hour, because the load repeats every 600 s and
 * everything that can no longer change is released.
 */
class BoundedStateTest {
    private static final int PHONES = 40;
    private static final long HOURS = 6;
    private static final String ACO = "198.51.100.10:5060";
    private static final String PBX = "192.0.2.1:5060";

    private final PriorityQueue<WireEvent> queue = new PriorityQueue<>((a, b) -> Long.compare(a.timeNanos(), b.timeNanos()));
    private long ids;
    private long callsMade;
    private long callsAnswered;

    private void send(long t, String src, String dst, SipMessage m) {
        queue.add(new WireEvent(t, Endpoint.parse(src), Endpoint.parse(dst), Transport.UDP, m));
    }

    private static String phone(int k) {
        return "10.3.0." + (k + 1) + ":5060";
    }

    /** Everything that starts within second {@code s}; the load repeats every 600 s. */
    private void schedule(long s) {
        long t = s * S;
        for (int k = 0; k < PHONES; k++) {
            if (s % 120 == k % 120) {
                register(phone(k), t + k * MS, k);
            }
            if (s % 30 == k % 30) {
                options(phone(k), t + 500 * MS);
            }
        }
        if (s % 600 == 300) {
            String p = phone((int) (s / 600) % PHONES);
            SipMessage lost = Sip.register("lost-" + p + "@aco", "z9hG4bK-l" + (++ids), "l" + ids, 1, p);
            for (long ms : new long[] {0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500}) {
                send(t + 250 * MS + ms * MS, p, ACO, lost);
            }
        }
        if (s % 3 == 0) {
            call(phone((int) (s / 3) % PHONES), t + 100 * MS, (int) ((s / 3) % 10));
        }
    }

    private void register(String p, long t, int k) {
        String aor = "1" + k + "@aco";
        String c = "r" + (++ids);
        SipMessage r1 = Sip.register(aor, "z9hG4bK-" + c + "a", c, 1, p);
        send(t, p, ACO, r1);
        send(t + 10 * MS, ACO, p, Sip.response(r1, 401, "s"));
        SipMessage r2 = Sip.register(aor, "z9hG4bK-" + c + "b", c, 2, p);
        send(t + 20 * MS, p, ACO, r2);
        send(t + 30 * MS, ACO, p, Sip.response(r2, 200, "s"));
    }

    private void options(String p, long t) {
        String c = "o" + (++ids);
        SipMessage o = Sip.request("OPTIONS").callId(c).branch("z9hG4bK-" + c).via(p).from("ping@" + p, c).build();
        send(t, p, ACO, o);
        send(t + 15 * MS, ACO, p, Sip.response(o, 200, "s"));
    }

    private void call(String p, long t, int kind) {
        callsMade++;
        String c = "c" + (++ids);
        SipMessage inv = Sip.invite(c, "f" + c, "z9hG4bK-" + c, 1, p);
        send(t, p, PBX, inv);
        if (kind == 8) {
            for (long ms : new long[] {500, 1500, 3500, 7500, 15500, 31500}) {
                send(t + ms * MS, p, PBX, inv);
            }
            return;
        }
        send(t + 5 * MS, PBX, p, Sip.response(inv, 100, null));
        send(t + 50 * MS, PBX, p, Sip.response(inv, 180, "b" + c));
        if (kind == 7) {
            send(t + 2 * S, PBX, p, Sip.response(inv, 486, "b" + c));
            send(t + 2 * S + MS, p, PBX, Sip.ackOf(inv, "b" + c));
        } else if (kind == 9) {
            SipMessage cancel = Sip.cancelOf(inv);
            send(t + 4 * S, p, PBX, cancel);
            send(t + 4 * S + 5 * MS, PBX, p, Sip.response(cancel, 200, "b" + c));
            send(t + 4 * S + 6 * MS, PBX, p, Sip.response(inv, 487, "b" + c));
            send(t + 4 * S + 7 * MS, p, PBX, Sip.ackOf(inv, "b" + c));
        } else {
            callsAnswered++;
            send(t + 3 * S, PBX, p, Sip.response(inv, 200, "b" + c));
            send(t + 3 * S + MS, p, PBX, Sip.ack2xx(inv, "z9hG4bK-" + c + "k", "b" + c));
            SipMessage bye = Sip.request("BYE").from("alice@example.com", "f" + c).to("bob@example.com")
                    .toTag("b" + c).callId(c).branch("z9hG4bK-" + c + "y").cseq(2).via(p).build();
            send(t + 23 * S, p, PBX, bye);
            send(t + 23 * S + 10 * MS, PBX, p, Sip.response(bye, 200, null));
        }
    }

    @Test
    void liveStateIsTheSameEveryHourOfASteadyLoad() {
        WireAnalysis analysis = new WireAnalysis(AnalysisOptions.defaults());
        List<LiveCounts> hourly = new ArrayList<>();
        for (long s = 0; s < HOURS * 3600; s++) {
            if (s > 0 && s % 3600 == 0) {
                hourly.add(analysis.live());
            }
            schedule(s);
            while (!queue.isEmpty() && queue.peek().timeNanos() < (s + 1) * S) {
                analysis.accept(queue.poll());
            }
        }
        while (!queue.isEmpty()) {
            analysis.accept(queue.poll());
        }
        assertThat(hourly).hasSize((int) HOURS - 1);
        LiveCounts first = hourly.get(0);
        assertThat(first.total()).isBetween(1, 2_000);
        assertThat(first.transactions()).isPositive();
        assertThat(first.dialogs()).isPositive();
        assertThat(hourly).allSatisfy(c -> assertThat(c).isEqualTo(first));

        AnalysisReport r = analysis.finish();
        assertThat(r.calls().attempts()).isEqualTo(callsMade);
        assertThat(r.calls().answered()).isEqualTo(callsAnswered);
        assertThat(r.calls().completed()).isEqualTo(callsAnswered);
        assertThat(analysis.live().transactions() + analysis.live().dialogs() + analysis.live().callAttempts()
                + analysis.live().registrationAttempts()).isZero();
    }
}
