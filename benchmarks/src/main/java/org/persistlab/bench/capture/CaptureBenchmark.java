package org.persistlab.bench.capture;

import io.pkts.Pcap;
import io.pkts.packet.sip.SipPacket;
import io.pkts.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.persistlab.analyzer.capture.ProblemSink;
import org.persistlab.analyzer.decode.CaptureDecoder;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.analyzer.report.WireAnalysis;
import org.persistlab.analyzer.track.MessageFacts;
import org.persistlab.analyzer.track.TrackTimers;
import org.persistlab.analyzer.track.Transaction;
import org.persistlab.analyzer.track.TransactionListener;
import org.persistlab.analyzer.track.TransactionTracker;
import org.persistlab.bench.ScratchFiles;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.WireEvent;

/**
 * SIP packets per second reading one cached capture ({@link CaptureFile}) from the page cache, each
 * pass over the whole file: our reader and decoder; the same followed by the transaction tracker
 * (the header facts the trackers need, {@link TransactionTracker} on capture time, a listener that
 * only counts: issue 6's "reader+decoder+tracker"); the same followed by the whole analysis
 * ({@link WireAnalysis}: transactions, registrations, calls, failover, metrics); and pkts.io's
 * {@code Pcap.openStream(file).loop(...)} with its SIP framing. Every side reads each message's
 * Call-ID, and a pass that does not find every message fails the run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(CaptureFile.MESSAGES)
@Threads(1)
public class CaptureBenchmark {
    private Path file;

    @Setup
    public void setUp() throws IOException {
        file = CaptureFile.ensure(ScratchFiles.dir(), CaptureFile.MESSAGES);
    }

    @Benchmark
    public void ours(Blackhole bh) {
        Counting sink = new Counting(bh, null);
        new CaptureDecoder().decode(file, sink, ProblemSink.ignoring());
        sink.expect(CaptureFile.MESSAGES);
    }

    @Benchmark
    public void oursWithTracker(Blackhole bh) {
        Tracking tracking = new Tracking();
        Counting sink = new Counting(bh, tracking);
        new CaptureDecoder().decode(file, sink, ProblemSink.ignoring());
        bh.consume(tracking.finish());
        sink.expect(CaptureFile.MESSAGES);
    }

    @Benchmark
    public void oursWithAnalysis(Blackhole bh) {
        WireAnalysis analysis = new WireAnalysis(AnalysisOptions.defaults());
        Counting sink = new Counting(bh, analysis::accept);
        new CaptureDecoder().decode(file, sink, ProblemSink.ignoring());
        bh.consume(analysis.finish());
        sink.expect(CaptureFile.MESSAGES);
    }

    @Benchmark
    public void pkts(Blackhole bh) throws IOException {
        long[] found = new long[1];
        Pcap pcap = Pcap.openStream(file.toFile());
        try {
            pcap.loop(packet -> {
                if (packet.hasProtocol(Protocol.SIP)) {
                    SipPacket sip = (SipPacket) packet.getPacket(Protocol.SIP);
                    bh.consume(sip.getCallIDHeader());
                    found[0]++;
                }
                return true;
            });
        } finally {
            pcap.close();
        }
        if (found[0] != CaptureFile.MESSAGES) {
            throw new IllegalStateException("pkts.io found " + found[0] + " SIP messages in " + file + ", expected "
                    + CaptureFile.MESSAGES);
        }
    }

    /** Reads each message's Call-ID, hands it on to the next stage when there is one, and counts. */
    private static final class Counting implements Consumer<WireEvent> {
        private final Blackhole bh;
        private final Consumer<WireEvent> next;
        private long seen;

        Counting(Blackhole bh, Consumer<WireEvent> next) {
            this.bh = bh;
            this.next = next;
        }

        @Override
        public void accept(WireEvent e) {
            bh.consume(e.message().callId());
            if (next != null) {
                next.accept(e);
            }
            seen++;
        }

        void expect(long messages) {
            if (seen != messages) {
                throw new IllegalStateException("decoded " + seen + " SIP messages, expected " + messages);
            }
        }
    }

    /**
     * The transaction tracker as {@link WireAnalysis} drives it: capture time released first, then the
     * message's facts (a message whose tracking headers cannot be read is counted apart), with a
     * listener that counts what it is told.
     */
    private static final class Tracking implements Consumer<WireEvent>, TransactionListener {
        private final TransactionTracker tracker = new TransactionTracker(TrackTimers.defaults(), this);
        private long now = Long.MIN_VALUE;
        private long told;
        private long untracked;

        @Override
        public void accept(WireEvent e) {
            if (e.timeNanos() > now) {
                now = e.timeNanos();
                tracker.advanceTo(now);
            }
            MessageFacts f;
            try {
                f = MessageFacts.of(e.message());
            } catch (SipParseException ex) {
                untracked++;
                return;
            }
            tracker.accept(e, f);
        }

        @Override
        public void request(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
            told++;
        }

        @Override
        public void response(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
            told++;
        }

        @Override
        public void closed(Transaction t) {
            told++;
        }

        /** Releases what is open; returns how much the listener was told. */
        long finish() {
            tracker.finish(now);
            return told + untracked + tracker.retransmissions();
        }
    }
}
