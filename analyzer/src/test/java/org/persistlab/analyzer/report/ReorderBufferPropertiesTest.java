package org.persistlab.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.persistlab.analyzer.track.Sip;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * The buffer releases what a single priority queue on (time, arrival) would, at the same moments:
 * checked against that plain model on streams mostly in order with late events mixed in.
 */
class ReorderBufferPropertiesTest {
    private static final SipMessage M = Sip.request("OPTIONS").build();
    private static final Endpoint A = Sip.ep("10.0.0.1:1");
    private static final Endpoint B = Sip.ep("10.0.0.2:2");

    @Provide
    Arbitrary<List<long[]>> streams() {
        // {step forward (or back, when negative), 1 for an encrypted packet}
        return Arbitraries.longs().between(-30, 20).flatMap(step -> Arbitraries.longs().between(0, 1)
                .map(kind -> new long[] {step, kind})).list().ofMaxSize(300);
    }

    @Property(tries = 300)
    void releasesWhatOnePriorityQueueWouldWhenItWould(@ForAll("streams") List<long[]> stream,
                                                      @ForAll("windows") long window) {
        List<String> out = new ArrayList<>();
        ReorderBuffer buffer = new ReorderBuffer(window, new ReorderBuffer.Sink() {
            @Override
            public void wire(WireEvent e) {
                out.add("w" + e.timeNanos());
            }

            @Override
            public void encrypted(long timeNanos, Endpoint src, Endpoint dst) {
                out.add("e" + timeNanos);
            }
        });
        List<String> expected = new ArrayList<>();
        PriorityQueue<long[]> model = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0])
                : Long.compare(x[1], y[1]));
        long time = 1000;
        long newest = Long.MIN_VALUE;
        long seq = 0;
        for (long[] step : stream) {
            time += step[0];
            if (step[1] == 1) {
                buffer.encrypted(time, A, B);
            } else {
                buffer.wire(new WireEvent(time, A, B, Transport.UDP, M));
            }
            if (window == 0) {
                expected.add((step[1] == 1 ? "e" : "w") + time);
            } else {
                model.add(new long[] {time, seq++, step[1]});
                newest = Math.max(newest, time);
                while (!model.isEmpty() && model.peek()[0] <= newest - window) {
                    long[] x = model.poll();
                    expected.add((x[2] == 1 ? "e" : "w") + x[0]);
                }
            }
            assertThat(out).containsExactlyElementsOf(expected);
            assertThat(buffer.held()).isEqualTo(model.size());
        }
        buffer.flush();
        while (!model.isEmpty()) {
            long[] x = model.poll();
            expected.add((x[2] == 1 ? "e" : "w") + x[0]);
        }
        assertThat(out).containsExactlyElementsOf(expected);
        assertThat(buffer.held()).isZero();
    }

    @Provide
    Arbitrary<Long> windows() {
        return Arbitraries.of(0L, 1L, 15L, 60L);
    }
}
