package org.persistlab.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.testing.SipCorpus;

class SipStreamFramerTest {
    /** Messages that a stream can carry: the corpus entries whose Content-Length matches their body. */
    private static List<byte[]> streamable() {
        List<byte[]> out = new ArrayList<>();
        for (var e : SipCorpus.messages().entrySet()) {
            SipMessage m = SipMessage.parse(e.getValue());
            if (m.contentLength() >= 0 && !m.bodyTruncated()) {
                out.add(m.toBytes());
            }
        }
        return out;
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static List<Frame> drain(SipStreamFramer f) {
        List<Frame> out = new ArrayList<>();
        for (Frame x = f.next(); x != null; x = f.next()) {
            out.add(x);
        }
        return out;
    }

    private static List<Frame> frameInChunks(byte[] stream, int[] cuts) {
        SipStreamFramer f = new SipStreamFramer();
        List<Frame> out = new ArrayList<>();
        int prev = 0;
        for (int c : cuts) {
            f.feed(stream, prev, c - prev);
            out.addAll(drain(f));
            prev = c;
        }
        f.feed(stream, prev, stream.length - prev);
        out.addAll(drain(f));
        Frame tail = f.finish();
        if (tail != null) {
            out.add(tail);
        }
        return out;
    }

    @Test
    void framesWholeStreamIntoTheSameMessages() {
        List<byte[]> msgs = streamable();
        List<Frame> frames = frameInChunks(concat(msgs), new int[0]);
        assertThat(frames).hasSize(msgs.size()).allMatch(x -> x instanceof Frame.Message);
        for (int i = 0; i < msgs.size(); i++) {
            SipMessage framed = ((Frame.Message) frames.get(i)).message();
            assertThat(framed.toBytes()).isEqualTo(msgs.get(i));
            // The framer indexes in the same pass that finds the message's end; the result must read
            // exactly as the same bytes parsed as a datagram.
            SipMessage direct = SipMessage.parse(msgs.get(i));
            assertThat(framed.startLine()).isEqualTo(direct.startLine());
            assertThat(framed.headerCount()).isEqualTo(direct.headerCount());
            for (int h = 0; h < direct.headerCount(); h++) {
                assertThat(framed.headerNameAt(h)).isEqualTo(direct.headerNameAt(h));
                assertThat(framed.headerValueAt(h)).isEqualTo(direct.headerValueAt(h));
            }
            assertThat(framed.bodyText()).isEqualTo(direct.bodyText());
            assertThat(framed.callId()).isEqualTo(direct.callId());
            assertThat(framed.topVia()).isEqualTo(direct.topVia());
        }
    }

    @Test
    void everySplitPointOfTwoMessagesGivesTheSameFrames() {
        byte[] a = SipCorpus.messages().get("invite-sdp");
        byte[] b = SipCorpus.messages().get("register-401");
        byte[] stream = concat(List.of(a, b));
        for (int cut = 0; cut <= stream.length; cut++) {
            List<Frame> frames = frameInChunks(stream, new int[] {cut});
            assertThat(frames).as("cut at %d", cut).hasSize(2);
            assertThat(((Frame.Message) frames.get(0)).message().toBytes()).isEqualTo(a);
            assertThat(((Frame.Message) frames.get(1)).message().toBytes()).isEqualTo(b);
            assertThat(frames.get(1).streamOffset()).isEqualTo(a.length);
        }
    }

    @Property(tries = 200)
    void randomSplitsOfManyMessagesFrameToTheSameMessages(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 100_000) Integer> rawCuts) {
        List<byte[]> msgs = streamable();
        byte[] stream = concat(msgs);
        int[] cuts = rawCuts.stream().mapToInt(c -> c % (stream.length + 1)).sorted().toArray();
        List<Frame> frames = frameInChunks(stream, cuts);
        assertThat(frames).hasSize(msgs.size());
        for (int i = 0; i < msgs.size(); i++) {
            assertThat(((Frame.Message) frames.get(i)).message().toBytes()).isEqualTo(msgs.get(i));
        }
    }

    @Test
    void keepAlivesAreSkippedAndCounted() {
        byte[] a = SipCorpus.messages().get("register-401");
        byte[] crlf2 = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        SipStreamFramer f = new SipStreamFramer();
        f.feed(crlf2);
        f.feed(a);
        f.feed(crlf);
        f.feed(a);
        f.feed(crlf2);
        List<Frame> frames = drain(f);
        assertThat(frames).hasSize(2).allMatch(x -> x instanceof Frame.Message);
        assertThat(frames.get(0).streamOffset()).isEqualTo(4);
        assertThat(f.keepAlives()).isEqualTo(3);
        assertThat(f.finish()).isNull();
    }

    @Test
    void junkBeforeAStartLineIsReportedOnceAndSkipped() {
        byte[] a = SipCorpus.messages().get("register-401");
        byte[] junk = "\u0016\u0003\u0001garbage here\r\nmore junk\r\n".getBytes(StandardCharsets.ISO_8859_1);
        List<Frame> frames = frameInChunks(concat(List.of(junk, a)), new int[0]);
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0)).isInstanceOf(Frame.Error.class);
        assertThat(frames.get(0).streamOffset()).isZero();
        assertThat(((Frame.Message) frames.get(1)).message().toBytes()).isEqualTo(a);
    }

    @Test
    void junkGluedToTheStartLineIsCutOff() {
        byte[] a = SipCorpus.messages().get("register-j179-first");
        // Non-token bytes glued to the method: "xyzzyREGISTER" alone would be a valid extension method.
        byte[] stream = concat(List.of(new byte[] {0, 0, 0, 0, 1}, a));
        List<Frame> frames = frameInChunks(stream, new int[0]);
        assertThat(frames).hasSize(2);
        assertThat(((Frame.Message) frames.get(1)).message().toBytes()).isEqualTo(a);
        assertThat(frames.get(1).streamOffset()).isEqualTo(5);
    }

    @Test
    void missingOrInvalidContentLengthIsAnErrorAtItsOffsetAndTheNextMessageSurvives() {
        String noCl = "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/TCP h;branch=z9hG4bK1\r\nCSeq: 1 OPTIONS\r\n\r\n";
        String badCl = "OPTIONS sip:a@b SIP/2.0\r\nCSeq: 2 OPTIONS\r\nContent-Length: 1x\r\n\r\nbody bytes\r\n";
        byte[] good = SipCorpus.messages().get("register-401");
        byte[] stream = concat(List.of(noCl.getBytes(StandardCharsets.US_ASCII), badCl.getBytes(StandardCharsets.US_ASCII), good));
        List<Frame> frames = frameInChunks(stream, new int[0]);
        assertThat(frames).hasSize(3);
        assertThat(frames.get(0)).isInstanceOf(Frame.Error.class);
        assertThat(((Frame.Error) frames.get(0)).reason()).contains("no Content-Length");
        assertThat(frames.get(1)).isInstanceOf(Frame.Error.class);
        assertThat(frames.get(1).streamOffset()).isEqualTo(noCl.length());
        assertThat(((Frame.Error) frames.get(1)).reason()).contains("not a number");
        assertThat(((Frame.Message) frames.get(2)).message().toBytes()).isEqualTo(good);
    }

    @Test
    void oversizedHeadersAreRefusedWithoutUnboundedBuffering() {
        SipStreamFramer f = new SipStreamFramer(new FramerLimits(200, 1000, 1000));
        f.feed("OPTIONS sip:a@b SIP/2.0\r\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 100; i++) {
            f.feed(("X-Filler-" + i + ": " + "y".repeat(40) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            drain(f);
        }
        assertThat(f.buffered()).isLessThan(1200);
        assertThat(f.skippedBytes()).isGreaterThan(0);
    }

    @Test
    void aStreamEndingInsideAMessageIsReported() {
        byte[] a = SipCorpus.messages().get("invite-sdp");
        SipStreamFramer f = new SipStreamFramer();
        f.feed(a, 0, a.length - 10);
        assertThat(f.next()).isNull();
        Frame tail = f.finish();
        assertThat(tail).isInstanceOf(Frame.Error.class);
        assertThat(((Frame.Error) tail).reason()).contains("ended inside a message");
    }
}
