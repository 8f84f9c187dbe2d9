package org.persistlab.analyzer.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.persistlab.analyzer.capture.CaptureFormat;
import org.persistlab.analyzer.capture.CaptureReader;
import org.persistlab.analyzer.capture.CaptureRecord;
import org.persistlab.analyzer.capture.ProblemSink;
import org.persistlab.sip.WireEvent;

/**
 * The entry point from captures to SIP: reads pcap or pcapng files and sends every SIP message found
 * to a sink as a {@link WireEvent}, in capture order (a message carried by a stream is sent when the
 * packet completing it is read, and carries that packet's time, as Wireshark shows it). Damage is
 * reported to the problem sink with the file name and byte offset and never stops the run; a file
 * that cannot be opened yields a summary with format UNKNOWN and one error.
 *
 * <p>Several files are read in the order given as one continuous capture (a dumpcap ring buffer):
 * TCP streams and IP fragments carry over from one file into the next, and what is still open at
 * the end is counted against the last file. Not thread-safe; use one decoder per thread.
 */
public final class CaptureDecoder {
    private static final long PROGRESS_STEP = 1 << 20;
    private final DecoderConfig config;
    private EncryptedPacketSink encryptedPackets = EncryptedPacketSink.IGNORE;

    public CaptureDecoder() {
        this(DecoderConfig.DEFAULT);
    }

    public CaptureDecoder(DecoderConfig config) {
        this.config = config;
    }

    /**
     * Where the packets of TLS connections go, as they are read (none by default); returns this
     * decoder. The failover analysis takes them as signs of life on an encrypted leg.
     */
    public CaptureDecoder onEncryptedPacket(EncryptedPacketSink sink) {
        this.encryptedPackets = Objects.requireNonNull(sink, "sink");
        return this;
    }

    /** Decodes one file. */
    public FileSummary decode(Path file, Consumer<WireEvent> sink, ProblemSink problems) {
        return decode(file, sink, problems, ProgressListener.none());
    }

    /** Decodes one file, telling {@code progress} how far it has come. */
    public FileSummary decode(Path file, Consumer<WireEvent> sink, ProblemSink problems, ProgressListener progress) {
        return decode(List.of(file), sink, problems, progress).get(0);
    }

    /** Decodes several files as one capture, in the order given; one summary per file, in the same order. */
    public List<FileSummary> decode(List<Path> files, Consumer<WireEvent> sink, ProblemSink problems,
                                    ProgressListener progress) {
        DecodeContext ctx = new DecodeContext(sink, encryptedPackets, problems, config);
        PacketDecoder decoder = new PacketDecoder(ctx);
        List<FileSummary> out = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            out.add(readFile(files.get(i), ctx, decoder, progress, i == files.size() - 1));
        }
        return out;
    }

    private FileSummary readFile(Path file, DecodeContext ctx, PacketDecoder decoder, ProgressListener progress,
                                 boolean last) {
        ctx.startFile(file);
        decoder.resetCounts();
        CaptureReader reader;
        try {
            reader = CaptureReader.open(file, ctx::problemFromReader);
        } catch (IOException e) {
            ctx.problem(0, "cannot read the file: " + e.getMessage());
            if (last) {
                decoder.finish();
            }
            return summary(file, CaptureFormat.UNKNOWN, "unreadable", 0, 0, ctx, decoder);
        }
        long packets = 0;
        long bytes;
        String detail;
        CaptureFormat format = reader.format();
        try (reader) {
            CaptureRecord record = new CaptureRecord();
            long nextProgress = PROGRESS_STEP;
            while (reader.next(record)) {
                packets++;
                decoder.decode(record);
                if (reader.position() >= nextProgress) {
                    progress.progress(file, reader.position(), reader.size());
                    nextProgress = reader.position() + PROGRESS_STEP;
                }
            }
            bytes = reader.position();
            progress.progress(file, reader.size(), reader.size());
            detail = reader.description();
        } catch (IOException e) {
            ctx.problem(0, "error closing the file: " + e.getMessage());
            bytes = 0;
            detail = format.label();
        }
        if (last) {
            decoder.finish();
        }
        return summary(file, format, detail, packets, bytes, ctx, decoder);
    }

    private static FileSummary summary(Path file, CaptureFormat format, String detail, long packets, long bytes,
                                       DecodeContext ctx, PacketDecoder decoder) {
        long[] counts = decoder.outcomes();
        Map<PacketOutcome, Long> outcomes = new EnumMap<>(PacketOutcome.class);
        for (PacketOutcome o : PacketOutcome.values()) {
            if (counts[o.ordinal()] != 0) {
                outcomes.put(o, counts[o.ordinal()]);
            }
        }
        Map<DecodeEvent, Long> events = ctx.events();
        return new FileSummary(file, format, detail, packets, ctx.sipMessages(), outcomes, ctx.problems(),
                events.getOrDefault(DecodeEvent.TLS_CONNECTION, 0L), counts[PacketOutcome.TLS.ordinal()], bytes,
                events, decoder.encryptedFlows());
    }

}
