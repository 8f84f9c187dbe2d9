package org.persistlab.shell.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.persistlab.analyzer.metrics.PhoneFailover;
import org.persistlab.shell.report.Chart;

class WireTimelineTest {
    private static final long S = 1_000_000_000L;

    /** The state at time t, one phone at a time: the latest stage whose moment has passed. */
    private static int oracle(PhoneFailover p, long t) {
        Long[] m = {p.firstUnansweredNanos(), p.firstGatewayRequestNanos(), p.gatewayRegisteredNanos(),
            p.failbackNanos()};
        int state = 0;
        for (int k = 0; k < m.length; k++) {
            if (m[k] != null && t >= m[k]) {
                state = k + 1;
            }
        }
        return state;
    }

    @Test
    void theCountsPerStateMatchThePhoneByPhoneStateAtEverySample() {
        Random random = new Random(7);
        List<PhoneFailover> phones = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Long unanswered = random.nextInt(5) == 0 ? null : (long) random.nextInt(900) * S + random.nextInt(1000);
            Long gateway = unanswered == null ? null : unanswered + random.nextInt(60) * S;
            Long registered = gateway == null || random.nextInt(6) == 0 ? null : gateway + random.nextInt(5_000) * 1_000_000L;
            Long failback = registered == null || random.nextBoolean() ? null : registered + random.nextInt(1200) * S;
            phones.add(new PhoneFailover("10.0.0." + i, "p", "g", null, unanswered, gateway, registered, failback,
                    null));
        }
        long origin = 5 * S;
        long last = 3000 * S;
        Chart c = WireTimeline.chart(phones, origin, last);
        double[] x = c.series().get(0).x();
        for (int i = 0; i < x.length; i++) {
            long t = origin + Math.round(x[i] * 1e9);
            int[] expected = new int[5];
            for (PhoneFailover p : phones) {
                expected[oracle(p, t)]++;
            }
            for (int s = 0; s < 5; s++) {
                assertThat(c.series().get(s).y()[i]).as("state %d at %d s", s, t / S).isEqualTo(expected[s]);
            }
        }
    }
}
