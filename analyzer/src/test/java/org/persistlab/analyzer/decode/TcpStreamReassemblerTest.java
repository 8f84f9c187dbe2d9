package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The reassembler alone: in-order bytes out, whatever order, overlap or repetition the segments come in. */
class TcpStreamReassemblerTest {
    /** Collects what the reassembler delivers. */
    static final class Collector implements StreamListener {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Long> gaps = new ArrayList<>();
        final List<Long> times = new ArrayList<>();

        @Override
        public void onBytes(byte[] b, int off, int len, long timeNanos, long fileOffset) {
            bytes.write(b, off, len);
            times.add(timeNanos);
        }

        @Override
        public void onGap(long missing, long timeNanos, long fileOffset) {
            gaps.add(missing);
        }

        String text() {
            return bytes.toString(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private static final byte[] DATA = "0123456789abcdefghijklmnopqrstuvwxyz".getBytes();

    private static TcpStreamReassembler.Result offer(TcpStreamReassembler r, int isn, int from, int to, long time) {
        return r.segment(isn + from, DATA, from, to - from, time, 0);
    }

    @Test
    void segmentsInOrderAreDeliveredAsTheyCome() {
        Collector c = new Collector();
        TcpStreamReassembler r = new TcpStreamReassembler(c, 1 << 20);
        r.syn(99);
        assertThat(offer(r, 100, 0, 10, 1)).isEqualTo(TcpStreamReassembler.Result.DELIVERED);
        assertThat(offer(r, 100, 10, 36, 2)).isEqualTo(TcpStreamReassembler.Result.DELIVERED);
        assertThat(c.text()).isEqualTo(new String(DATA));
        assertThat(c.times).containsExactly(1L, 2L);
    }

    @Test
    void threeSegmentsAheadWaitUntilTheFirstArrivesAndCarryItsTime() {
        Collector c = new Collector();
        TcpStreamReassembler r = new TcpStreamReassembler(c, 1 << 20);
        r.syn(-1);
        assertThat(offer(r, 0, 30, 36, 1)).isEqualTo(TcpStreamReassembler.Result.BUFFERED);
        assertThat(offer(r, 0, 10, 20, 2)).isEqualTo(TcpStreamReassembler.Result.BUFFERED);
        assertThat(offer(r, 0, 20, 30, 3)).isEqualTo(TcpStreamReassembler.Result.BUFFERED);
        assertThat(c.text()).isEmpty();
        assertThat(offer(r, 0, 0, 10, 4)).isEqualTo(TcpStreamReassembler.Result.DELIVERED);
        assertThat(c.text()).isEqualTo(new String(DATA));
        assertThat(c.times).containsOnly(4L);
        assertThat(r.reordered()).isEqualTo(3);
    }

    @Test
    void retransmittedAndOverlappingSegmentsDeliverEachByteOnce() {
        Collector c = new Collector();
        TcpStreamReassembler r = new TcpStreamReassembler(c, 1 << 20);
        r.syn(-1);
        offer(r, 0, 0, 12, 1);
        assertThat(offer(r, 0, 0, 12, 2)).isEqualTo(TcpStreamReassembler.Result.DUPLICATE);
        assertThat(offer(r, 0, 5, 20, 3)).isEqualTo(TcpStreamReassembler.Result.DELIVERED);
        offer(r, 0, 25, 36, 4);
        offer(r, 0, 22, 30, 5);
        offer(r, 0, 18, 26, 6);
        assertThat(c.text()).isEqualTo(new String(DATA));
    }

    @Test
    void sequenceNumbersWrapAroundTwoToThe32() {
        Collector c = new Collector();
        TcpStreamReassembler r = new TcpStreamReassembler(c, 1 << 20);
        int isn = 0xFFFF_FFF0; // the data crosses from 2^32 - 16 to 20
        r.syn(isn - 1);
        offer(r, isn, 20, 36, 1);
        offer(r, isn, 0, 20, 2);
        assertThat(c.text()).isEqualTo(new String(DATA));
        assertThat(r.nextSequence()).isEqualTo(isn + DATA.length);
    }

    @Test
    void aCaptureStartingMidConnectionStartsAtTheFirstSegmentSeen() {
        Collector c = new Collector();
        TcpStreamReassembler r = new TcpStreamReassembler(c, 1 << 20);
        offer(r, 5000, 10, 20, 1);
        offer(r, 5000, 20, 36, 2);
        assertThat(r.midstream()).isTrue();
        assertThat(c.text()).isEqualTo(new String(DATA, 10, 26));
    }

    @Test
    void aHoleThePeerAcknowledgedIsGivenUpAndTheBytesAfterItDelivered() {
        Collector c = new Collector();
        TcpStreamReassembler r = new TcpStreamReassembler(c, 1 << 20);
        r.syn(-1);
        offer(r, 0, 0, 10, 1);
        offer(r, 0, 20, 36, 2); // bytes 10..20 were never captured
        r.acknowledged(15, 3, 0); // the peer has them up to 15: a hole of 5 for sure
        assertThat(c.gaps).containsExactly(5L);
        assertThat(c.text()).isEqualTo(new String(DATA, 0, 10));
        r.acknowledged(36, 4, 0);
        assertThat(c.gaps).containsExactly(5L, 5L);
        assertThat(c.text()).isEqualTo(new String(DATA, 0, 10) + new String(DATA, 20, 16));
    }

    @Test
    void waitingDataBeyondTheBoundGivesUpTheHole() {
        Collector c = new Collector();
        TcpStreamReassembler r = new TcpStreamReassembler(c, 12);
        r.syn(-1);
        offer(r, 0, 10, 20, 1);
        assertThat(c.gaps).isEmpty();
        offer(r, 0, 20, 30, 2); // 20 bytes waiting > 12
        assertThat(c.gaps).containsExactly(10L);
        assertThat(c.text()).isEqualTo(new String(DATA, 10, 20));
    }

    @Test
    void flushDeliversWhatWaitsBehindHoles() {
        Collector c = new Collector();
        TcpStreamReassembler r = new TcpStreamReassembler(c, 1 << 20);
        r.syn(-1);
        offer(r, 0, 5, 10, 1);
        offer(r, 0, 20, 25, 2);
        r.flush(3, 0);
        assertThat(c.gaps).containsExactly(5L, 10L);
        assertThat(c.text()).isEqualTo(new String(DATA, 5, 5) + new String(DATA, 20, 5));
        assertThat(r.hasWaitingData()).isFalse();
    }

    /** Any cut into segments, any order, any repetitions: the stream comes out whole and once. */
    @Property(tries = 200)
    void anyOrderAndRepetitionOfSegmentsGivesTheStreamBack(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int cuts,
                                                          @ForAll int isn) {
        Random rnd = new Random(seed);
        byte[] stream = new byte[500];
        rnd.nextBytes(stream);
        List<int[]> segments = new ArrayList<>();
        int at = 0;
        while (at < stream.length) {
            int n = 1 + rnd.nextInt(Math.max(1, stream.length / cuts));
            int end = Math.min(stream.length, at + n);
            segments.add(new int[] {at, end});
            if (rnd.nextInt(4) == 0) {
                int from = rnd.nextInt(end);
                segments.add(new int[] {from, end}); // a retransmission that may overlap earlier bytes
            }
            at = end;
        }
        Collections.shuffle(segments.subList(1, segments.size()), rnd);
        Collector c = new Collector();
        TcpStreamReassembler r = new TcpStreamReassembler(c, 1 << 20);
        r.syn(isn - 1);
        for (int[] s : segments) {
            r.segment(isn + s[0], stream, s[0], s[1] - s[0], 0, 0);
        }
        assertThat(c.gaps).isEmpty();
        assertThat(c.bytes.toByteArray()).isEqualTo(stream);
    }
}
