package org.persistlab.analyzer.decode;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.persistlab.analyzer.capture.Problem;
import org.persistlab.analyzer.capture.ProblemSink;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * Where every layer sends what it finds: SIP messages become {@link WireEvent}s, problems go to the
 * problem sink with the file name, and events are counted for the current file.
 */
final class DecodeContext {
    private final Consumer<WireEvent> sink;
    private final EncryptedPacketSink encryptedPackets;
    private final ProblemSink problems;
    final DecoderConfig config;
    private Path file;
    private long sipMessages;
    private long problemCount;
    private final long[] events = new long[DecodeEvent.values().length];

    DecodeContext(Consumer<WireEvent> sink, EncryptedPacketSink encryptedPackets, ProblemSink problems,
                  DecoderConfig config) {
        this.sink = sink;
        this.encryptedPackets = encryptedPackets;
        this.problems = problems;
        this.config = config;
    }

    void startFile(Path path) {
        file = path;
        sipMessages = 0;
        problemCount = 0;
        Arrays.fill(events, 0);
    }

    void emit(long timeNanos, Endpoint src, Endpoint dst, Transport transport, SipMessage message) {
        sipMessages++;
        sink.accept(new WireEvent(timeNanos, src, dst, transport, message));
    }

    void encryptedPacket(long timeNanos, Endpoint src, Endpoint dst) {
        encryptedPackets.encryptedPacket(timeNanos, src, dst);
    }

    void problem(long fileOffset, String message) {
        problemCount++;
        problems.report(new Problem(file, fileOffset, message));
    }

    /** Problems found by the capture reader count as the file's errors like the decoder's own. */
    void problemFromReader(Problem p) {
        problemCount++;
        problems.report(p);
    }

    void count(DecodeEvent event) {
        events[event.ordinal()]++;
    }

    void count(DecodeEvent event, long n) {
        events[event.ordinal()] += n;
    }

    long sipMessages() {
        return sipMessages;
    }

    long problems() {
        return problemCount;
    }

    Map<DecodeEvent, Long> events() {
        EnumMap<DecodeEvent, Long> m = new EnumMap<>(DecodeEvent.class);
        for (DecodeEvent e : DecodeEvent.values()) {
            if (events[e.ordinal()] != 0) {
                m.put(e, events[e.ordinal()]);
            }
        }
        return m;
    }
}
