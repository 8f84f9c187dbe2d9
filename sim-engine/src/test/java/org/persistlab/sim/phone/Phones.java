package org.persistlab.sim.phone;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/** Test phones with the documented J100 defaults (domain.md §6) unless a test says otherwise. */
final class Phones {
    static final long S = 1_000_000_000L;
    static final long MS = 1_000_000L;

    private Phones() {
    }

    static Controller aco(Transport t) {
        return new Controller("ACO", Endpoint.parse("198.51.100.10:" + t.defaultPort()), t, "aco.example.net",
                "aco.example.net", "2001", "pw");
    }

    static Controller ipo(Transport t) {
        return new Controller("IPO", Endpoint.parse("192.0.2.10:" + t.defaultPort()), t, "192.0.2.10", "192.0.2.10",
                "2001", "pw");
    }

    static PhoneConfig config(Transport aco, Transport ipo, long fastResponse, CallPlan plan) {
        return new PhoneConfig(1, "2001", Endpoint.parse("10.1.0.23"), "Avaya J179 IP Phone 4.1.3.0.6",
                List.of(aco(aco), ipo(ipo)), 900 * S, 60 * S, 32 * S, 16 * S, fastResponse, true,
                30 * S, 32 * S, 1, true, 45 * S, 10 * S, 3, Set.of("911"), 0, new CallBehaviour(plan, 60 * S));
    }

    static PhoneConfig config(Transport aco, Transport ipo) {
        return config(aco, ipo, 4 * S, CallPlan.NONE);
    }

    /** A plan that dials the given numbers at the given absolute times, holding each call for {@code hold}. */
    static CallPlan script(long hold, long answerDelay, Object... timesAndNumbers) {
        Deque<long[]> times = new ArrayDeque<>();
        Deque<String> numbers = new ArrayDeque<>();
        for (int i = 0; i < timesAndNumbers.length; i += 2) {
            times.add(new long[] {(Long) timesAndNumbers[i]});
            numbers.add((String) timesAndNumbers[i + 1]);
        }
        return new CallPlan() {
            private long last;

            @Override
            public long nextAttemptDelay() {
                if (times.isEmpty()) {
                    return -1;
                }
                long at = times.poll()[0];
                long d = at - last;
                last = at;
                return d;
            }

            @Override
            public Dialled dial() {
                String n = numbers.poll();
                return new Dialled(n, n.equals("911") ? CallKind.EMERGENCY : CallKind.EXTERNAL);
            }

            @Override
            public long holdingTime() {
                return hold;
            }

            @Override
            public long answerDelay() {
                return answerDelay;
            }
        };
    }
}
