package org.persistlab.bench.parser;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Messages parsed per second, each parse followed by reading the same fields ({@link FieldReader}):
 * ours, JAIN-SIP's {@code StringMsgParser} and pkts.io's {@code SipMessage.frame}, on the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ParserBenchmark {
    @Param({"invite", "register", "ok200"})
    public String message;

    private byte[] bytes;
    private boolean withAuthorization;
    private FieldSink sink;
    private final OurFieldReader ours = new OurFieldReader();
    private final JainSipFieldReader jainSip = new JainSipFieldReader();
    private final PktsFieldReader pkts = new PktsFieldReader();

    @Setup
    public void setUp(Blackhole bh) {
        SampleMessages m = SampleMessages.byLabel(message);
        bytes = m.bytes();
        withAuthorization = m.hasAuthorization();
        sink = new BlackholeSink(bh);
    }

    @Benchmark
    public void ours() {
        ours.read(bytes, withAuthorization, sink);
    }

    @Benchmark
    public void jainSip() throws Exception {
        jainSip.read(bytes, withAuthorization, sink);
    }

    @Benchmark
    public void pkts() throws Exception {
        pkts.read(bytes, withAuthorization, sink);
    }

    /** Hands every field to JMH's Blackhole, so none of the reading can be optimised away. */
    private static final class BlackholeSink implements FieldSink {
        private final Blackhole bh;

        BlackholeSink(Blackhole bh) {
            this.bh = bh;
        }

        @Override
        public void accept(Object value) {
            bh.consume(value);
        }

        @Override
        public void accept(long value) {
            bh.consume(value);
        }
    }
}
