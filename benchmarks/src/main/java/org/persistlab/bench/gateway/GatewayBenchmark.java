package org.persistlab.bench.gateway;

import gov.nist.javax.sip.parser.StringMsgParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The IP Office gateway core per second on one core: full registrations ({@link RegistrationLoad}) and
 * internal calls ({@link CallLoad}), each message parsed by us and handled, replies dropped. The peer
 * is JAIN-SIP's {@code StringMsgParser} parsing only the same incoming messages: the most a
 * JAIN-SIP-based gateway could do before any of its own work.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class GatewayBenchmark {

    @State(Scope.Thread)
    public static class Registrations {
        RegistrationLoad load;

        @Setup
        public void setUp() {
            load = new RegistrationLoad();
        }
    }

    @State(Scope.Thread)
    public static class Calls {
        CallLoad load;

        @Setup
        public void setUp() {
            load = new CallLoad();
        }
    }

    /** The requests of every phone's registration, in the order the registration benchmark sends them. */
    @State(Scope.Thread)
    public static class JainSipRegistrations {
        final StringMsgParser parser = new StringMsgParser();
        byte[][] requests;
        int next;

        @Setup
        public void setUp() {
            RegistrationLoad load = new RegistrationLoad();
            requests = new byte[RegistrationLoad.USERS * 2][];
            for (int i = 0; i < RegistrationLoad.USERS; i++) {
                List<byte[]> r = load.requests(i);
                requests[2 * i] = r.get(0);
                requests[2 * i + 1] = r.get(1);
            }
        }
    }

    @State(Scope.Thread)
    public static class JainSipCalls {
        final StringMsgParser parser = new StringMsgParser();
        byte[][] messages;

        @Setup
        public void setUp() {
            messages = new CallLoad().requestsAndAnswers().toArray(byte[][]::new);
        }
    }

    @Benchmark
    public void registration(Registrations s) {
        s.load.registerNext();
    }

    @Benchmark
    public void internalCall(Calls s) {
        s.load.callOnce();
    }

    @Benchmark
    public void jainSipRegistrationParse(JainSipRegistrations s, Blackhole bh) throws Exception {
        int i = s.next;
        s.next = i + 2 == s.requests.length ? 0 : i + 2;
        bh.consume(s.parser.parseSIPMessage(s.requests[i], true, false, null));
        bh.consume(s.parser.parseSIPMessage(s.requests[i + 1], true, false, null));
    }

    @Benchmark
    public void jainSipCallParse(JainSipCalls s, Blackhole bh) throws Exception {
        for (byte[] m : s.messages) {
            bh.consume(s.parser.parseSIPMessage(m, true, false, null));
        }
    }
}
