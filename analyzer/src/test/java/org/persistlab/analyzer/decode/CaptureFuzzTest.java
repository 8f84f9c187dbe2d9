package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.persistlab.analyzer.capture.CaptureCorpus;
import org.persistlab.analyzer.capture.CaptureReader;
import org.persistlab.analyzer.capture.CaptureRecord;
import org.persistlab.analyzer.capture.Problem;
import org.persistlab.analyzer.capture.ProblemSink;
import org.persistlab.analyzer.capture.RawCaptures;

/**
 * Mutated and truncated versions of every public capture go through the whole decoder: nothing is
 * thrown, no packet ends as a decoder fault, every packet gets exactly one outcome, and every
 * problem is reported with the file's name and an offset inside it.
 */
class CaptureFuzzTest {
    private static final List<Path> CORPUS = CaptureCorpus.all();
    /** Every public capture, and each also rewritten as pcapng (two interfaces, nanoseconds), so both readers are fuzzed. */
    private static final List<byte[]> ORIGINALS = originals();

    private static List<byte[]> originals() {
        List<byte[]> out = new ArrayList<>();
        for (Path p : CORPUS) {
            try {
                out.add(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path p : CORPUS) {
            out.add(asPcapng(p));
        }
        return out;
    }

    private static byte[] asPcapng(Path file) {
        RawCaptures.Pcapng ng = new RawCaptures.Pcapng().section(ByteOrder.LITTLE_ENDIAN);
        boolean described = false;
        try (CaptureReader r = CaptureReader.open(file, ProblemSink.ignoring())) {
            CaptureRecord rec = new CaptureRecord();
            for (int i = 0; r.next(rec); i++) {
                if (!described) {
                    ng.iface(rec.linkType(), 0, 9).iface(rec.linkType(), 0, 0x80 | 20);
                    described = true;
                }
                long units = i % 2 == 0 ? rec.timeNanos() : (rec.timeNanos() / 1_000_000_000L << 20);
                ng.epb(i % 2, units, rec.copyOfData());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ng.bytes();
    }
    private Path dir;

    @BeforeProperty
    void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("capture-fuzz");
    }

    @AfterProperty
    void removeDirectory() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** Flips random bytes in a random stretch (headers are hit often), then maybe cuts the file. */
    private static byte[] mutate(byte[] original, long seed, int flips, boolean truncate) {
        Random rnd = new Random(seed);
        byte[] b = original.clone();
        int regionStart = rnd.nextInt(Math.max(1, Math.min(b.length, 4096)));
        for (int i = 0; i < flips; i++) {
            int at = rnd.nextInt(3) == 0 ? rnd.nextInt(b.length) : Math.min(b.length - 1, regionStart + rnd.nextInt(256));
            b[at] = rnd.nextInt(4) == 0 ? (byte) 0xFF : (byte) rnd.nextInt(256);
        }
        if (truncate) {
            b = Arrays.copyOf(b, 4 + rnd.nextInt(b.length - 3));
        }
        return b;
    }

    @Property(tries = 400)
    void mutatedCapturesNeverEscapeProblemReporting(@ForAll @IntRange(min = 0, max = 1000) int fileIndex,
                                                    @ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int flips,
                                                    @ForAll boolean truncate) throws IOException {
        int index = fileIndex % ORIGINALS.size();
        byte[] original = ORIGINALS.get(index);
        Path file = dir.resolve("m-" + index + "-" + CORPUS.get(index % CORPUS.size()).getFileName());
        Files.write(file, mutate(original, seed, flips, truncate));
        long size = Files.size(file);

        List<Problem> problems = new ArrayList<>();
        int[] events = {0};
        FileSummary s = new CaptureDecoder().decode(file, e -> events[0]++, problems::add);

        assertThat(s.count(PacketOutcome.DECODER_FAULT)).as("decoder faults: %s", problems).isZero();
        assertThat(s.outcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(s.packets());
        assertThat(s.errors()).isEqualTo(problems.size());
        assertThat(s.sipMessages()).isEqualTo(events[0]);
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.offset()).isBetween(0L, size);
        });
    }
}
