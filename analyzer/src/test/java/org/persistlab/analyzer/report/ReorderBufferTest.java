package org.persistlab.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.analyzer.track.Sip;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

class ReorderBufferTest {
    private final List<String> out = new ArrayList<>();
    private final SipMessage m = Sip.request("OPTIONS").build();

    private ReorderBuffer buffer(long window) {
        return new ReorderBuffer(window, new ReorderBuffer.Sink() {
            @Override
            public void wire(WireEvent e) {
                out.add("w" + e.timeNanos());
            }

            @Override
            public void encrypted(long timeNanos, Endpoint src, Endpoint dst) {
                out.add("e" + timeNanos);
            }
        });
    }

    private WireEvent at(long t) {
        return new WireEvent(t, Sip.ep("10.0.0.1:1"), Sip.ep("10.0.0.2:2"), Transport.UDP, m);
    }

    @Test
    void eventsAreReleasedInTimeOrderOnceOneAFullWindowNewerArrives() {
        ReorderBuffer b = buffer(5);
        b.wire(at(10));
        b.wire(at(7));
        b.encrypted(11, Sip.ep("10.0.0.3:3"), Sip.ep("10.0.0.1:1"));
        // 11 - 7 < 5: nothing is a full window older than the newest yet
        assertThat(out).isEmpty();
        assertThat(b.held()).isEqualTo(3);
        b.wire(at(20));
        assertThat(out).containsExactly("w7", "w10", "e11");
        b.wire(at(21));
        assertThat(out).containsExactly("w7", "w10", "e11");
        b.flush();
        assertThat(out).containsExactly("w7", "w10", "e11", "w20", "w21");
        assertThat(b.held()).isZero();
    }

    @Test
    void equalTimesKeepTheirArrivalOrder() {
        ReorderBuffer b = buffer(5);
        b.encrypted(3, Sip.ep("10.0.0.3:3"), Sip.ep("10.0.0.1:1"));
        b.wire(at(3));
        b.flush();
        assertThat(out).containsExactly("e3", "w3");
    }

    @Test
    void aZeroWindowPassesEventsStraightThrough() {
        ReorderBuffer b = buffer(0);
        b.wire(at(10));
        b.wire(at(7));
        assertThat(out).containsExactly("w10", "w7");
        assertThat(b.held()).isZero();
    }
}
