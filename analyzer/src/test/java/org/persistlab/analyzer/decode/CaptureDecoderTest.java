package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.capture.CaptureCorpus;
import org.persistlab.analyzer.capture.CaptureFormat;
import org.persistlab.analyzer.capture.FrameEncoder;
import org.persistlab.analyzer.capture.Problem;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.WireEvent;

/** The entry point: summaries, several files as one capture, unreadable files, progress, bounded state. */
class CaptureDecoderTest {
    private static final long SECOND_MICROS = 1_000_000L;

    @TempDir
    Path dir;

    private static byte[] segment(Endpoint src, Endpoint dst, int seq, int flags, byte[] payload) {
        return Frames.ether(src, dst, Frames.tcp(src, dst, seq, 1, flags, payload));
    }

    @Test
    void theSummaryAccountsForEveryPacket() {
        Path file = CaptureCorpus.repo("wireshark_aaa_register_invite.pcap");
        List<WireEvent> events = new ArrayList<>();
        FileSummary s = new CaptureDecoder().decode(file, events::add, p -> { });
        assertThat(s.format()).isEqualTo(CaptureFormat.PCAP);
        assertThat(s.formatDetail()).contains("little-endian").contains("µs");
        assertThat(s.outcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(s.packets());
        assertThat(s.undecodedPackets()).isEqualTo(s.packets() - s.count(PacketOutcome.SIP) - s.tlsPackets());
        assertThat(s.sipMessages()).isEqualTo(events.size());
        assertThat(s.bytes()).isEqualTo(file.toFile().length());
        assertThat(s.undecoded()).containsKeys(PacketOutcome.NOT_IP, PacketOutcome.UDP_NOT_SIP);
        // Events come in capture order.
        assertThat(events).extracting(WireEvent::timeNanos).isSorted();
    }

    @Test
    void severalFilesAreOneCaptureAndAStreamMayCrossFromOneToTheNext() {
        Endpoint phone = Endpoint.parse("192.0.2.10:40000");
        byte[] invite = SipSamples.request("INVITE", "x", 1, 2000);
        int half = 1200;
        Path first = new TestCapture(1)
                .add(1, segment(phone, Frames.B, 99, FrameEncoder.TCP_SYN, new byte[0]))
                .add(2, segment(phone, Frames.B, 100, FrameEncoder.TCP_ACK, SipSamples.slice(invite, 0, half)))
                .write(dir, "ring-1.pcap");
        Path second = new TestCapture(1)
                .add(3, segment(phone, Frames.B, 100 + half, FrameEncoder.TCP_ACK,
                        SipSamples.slice(invite, half, invite.length)))
                .write(dir, "ring-2.pcap");
        List<WireEvent> events = new ArrayList<>();
        List<FileSummary> s = new CaptureDecoder().decode(List.of(first, second), events::add, p -> { },
                ProgressListener.none());
        assertThat(events).singleElement().extracting(e -> e.message().toBytes()).isEqualTo(invite);
        assertThat(s).extracting(FileSummary::path).containsExactly(first, second);
        assertThat(s).extracting(FileSummary::sipMessages).containsExactly(0L, 1L);
        assertThat(s).extracting(FileSummary::packets).containsExactly(2L, 1L);
    }

    @Test
    void anUnreadableFileIsOneErrorAndTheOthersAreStillRead() throws IOException {
        Path text = dir.resolve("notes.pcap");
        Files.writeString(text, "not a capture at all");
        Path missing = dir.resolve("missing.pcap");
        Path good = CaptureCorpus.repo("pkts_cancel_udp.pcap");
        List<Problem> problems = new ArrayList<>();
        List<FileSummary> s = new CaptureDecoder().decode(List.of(text, missing, good), e -> { }, problems::add,
                ProgressListener.none());
        assertThat(s).extracting(FileSummary::format).containsExactly(CaptureFormat.UNKNOWN, CaptureFormat.UNKNOWN,
                CaptureFormat.PCAP);
        assertThat(s).extracting(FileSummary::errors).containsExactly(1L, 1L, 0L);
        assertThat(s.get(2).sipMessages()).isEqualTo(7);
        assertThat(problems).extracting(Problem::file).containsExactly(text, missing);
        assertThat(problems.get(0).message()).contains("not a pcap or pcapng file");
    }

    @Test
    void progressRisesToTheFileSize() throws IOException {
        TestCapture c = new TestCapture(1);
        byte[] frame = Frames.ether(Frames.A, Frames.B, Frames.udp(Frames.A, Frames.B, SipSamples.request("OPTIONS", "p", 1, 1000)));
        for (int i = 0; i < 3000; i++) {
            c.add(i, frame);
        }
        Path file = c.write(dir, "big.pcap");
        List<long[]> calls = new ArrayList<>();
        FileSummary s = new CaptureDecoder().decode(file, e -> { }, p -> { }, (f, read, size) -> calls.add(new long[] {read, size}));
        long size = Files.size(file);
        assertThat(size).isGreaterThan(3 << 20);
        assertThat(calls).hasSizeGreaterThanOrEqualTo(3);
        assertThat(calls).extracting(x -> x[0]).isSorted();
        assertThat(calls).allSatisfy(x -> assertThat(x[1]).isEqualTo(size));
        assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(size);
        assertThat(s.sipMessages()).isEqualTo(3000);
    }

    @Test
    void idleConnectionsAreReleasedInCaptureTimeAndTheirPartialMessagesCounted() {
        byte[] invite = SipSamples.request("INVITE", "idle", 1, 500);
        TestCapture c = new TestCapture(1);
        for (int i = 0; i < 20; i++) {
            Endpoint phone = Endpoint.parse("192.0.2." + (10 + i) + ":40000");
            // Each connection sends half a message, then falls silent; they are 100 s apart.
            c.add(i * 100 * SECOND_MICROS, segment(phone, Frames.B, 1000, FrameEncoder.TCP_ACK,
                    SipSamples.slice(invite, 0, 300)));
        }
        TestCapture.Decoded d = TestCapture.decode(c.write(dir, "idle.pcap"));
        // The default idle limit is 15 min: the connections silent that long before the last packet were released.
        assertThat(d.summary().count(DecodeEvent.TCP_CONNECTION_EXPIRED)).isEqualTo(10);
        assertThat(d.summary().count(DecodeEvent.SIP_STREAM_TRUNCATED)).isEqualTo(20);
    }

    @Test
    void theConnectionTableIsBoundedByItsLimit() {
        DecoderConfig small = DecoderConfig.DEFAULT.withMaxTcpConnections(5);
        byte[] register = SipSamples.request("REGISTER", "r", 1, 0);
        TestCapture c = new TestCapture(1);
        for (int i = 0; i < 50; i++) {
            Endpoint phone = Endpoint.parse("192.0.2.1:" + (40000 + i));
            c.add(i, segment(phone, Frames.B, 1000, FrameEncoder.TCP_ACK, register));
        }
        TestCapture.Decoded d = TestCapture.decode(c.write(dir, "many.pcap"), small);
        assertThat(d.events()).hasSize(50);
        assertThat(d.summary().count(DecodeEvent.TCP_CONNECTION_EXPIRED)).isEqualTo(45);
    }
}
