package org.persistlab.analyzer.decode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.persistlab.analyzer.capture.PcapWriter;
import org.persistlab.analyzer.capture.Problem;
import org.persistlab.sip.WireEvent;

/** Builds a small pcap file from frames, and decodes a capture into its events, problems and summary. */
final class TestCapture {
    private final int linkType;
    private final List<long[]> times = new ArrayList<>();
    private final List<byte[]> frames = new ArrayList<>();

    TestCapture(int linkType) {
        this.linkType = linkType;
    }

    /** Adds a frame at {@code 1.7e9 s + micros}. */
    TestCapture add(long micros, byte[] frame) {
        times.add(new long[] {BASE_NANOS + micros * 1000});
        frames.add(frame);
        return this;
    }

    static final long BASE_NANOS = 1_700_000_000_000_000_000L;

    Path write(Path dir, String name) {
        Path p = dir.resolve(name);
        try (PcapWriter w = PcapWriter.create(p, linkType, PcapWriter.Precision.NANOS)) {
            for (int i = 0; i < frames.size(); i++) {
                byte[] f = frames.get(i);
                w.write(times.get(i)[0], f, 0, f.length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Everything decoding a file produced. */
    record Decoded(FileSummary summary, List<WireEvent> events, List<Problem> problems) {
        List<String> startLines() {
            return events.stream().map(e -> e.message().startLine()).toList();
        }
    }

    static Decoded decode(Path file) {
        return decode(file, DecoderConfig.DEFAULT);
    }

    static Decoded decode(Path file, DecoderConfig config) {
        List<WireEvent> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        FileSummary s = new CaptureDecoder(config).decode(file, events::add, problems::add);
        return new Decoded(s, events, problems);
    }
}
