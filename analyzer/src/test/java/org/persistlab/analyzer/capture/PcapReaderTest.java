package org.persistlab.analyzer.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pcap variants: byte orders, µs and ns magic, the modified format, and the writer. */
class PcapReaderTest {
    private static final long[][] STAMPS = {{1_700_000_000L, 1}, {1_700_000_001L, 999_999}, {1_700_000_002L, 500_000}};
    private static final byte[][] PACKETS = {{1, 2, 3}, new byte[70], {9, 8, 7, 6, 5}};

    @TempDir
    Path dir;

    record Read(long timeNanos, int linkType, byte[] data) {
    }

    private List<Read> read(byte[] file, List<Problem> problems) throws IOException {
        Path p = dir.resolve("f.pcap");
        Files.write(p, file);
        return read(p, problems);
    }

    static List<Read> read(Path p, List<Problem> problems) throws IOException {
        List<Read> out = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(p, problems::add)) {
            assertThat(r.format()).isEqualTo(CaptureFormat.PCAP);
            CaptureRecord rec = new CaptureRecord();
            while (r.next(rec)) {
                out.add(new Read(rec.timeNanos(), rec.linkType(), rec.copyOfData()));
            }
        }
        return out;
    }

    @Test
    void bigAndLittleEndianMicrosecondFilesReadTheSame() throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Read> big = read(RawCaptures.pcap(ByteOrder.BIG_ENDIAN, 0xA1B2C3D4, 228, false, STAMPS, PACKETS), problems);
        List<Read> little = read(RawCaptures.pcap(ByteOrder.LITTLE_ENDIAN, 0xA1B2C3D4, 228, false, STAMPS, PACKETS), problems);
        assertThat(problems).isEmpty();
        assertThat(big).extracting(Read::timeNanos)
                .containsExactly(1_700_000_000_000_001_000L, 1_700_000_001_999_999_000L, 1_700_000_002_500_000_000L);
        assertThat(big).extracting(Read::linkType).containsOnly(228);
        assertThat(big).usingRecursiveFieldByFieldElementComparator().isEqualTo(little);
        assertThat(big.get(2).data()).containsExactly(9, 8, 7, 6, 5);
    }

    @Test
    void nanosecondMagicGivesNanosecondFractions() throws IOException {
        long[][] stamps = {{1_700_000_000L, 123_456_789}, {1_700_000_000L, 999_999_999}, {1_700_000_001L, 0}};
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            List<Read> r = read(RawCaptures.pcap(order, 0xA1B23C4D, 1, false, stamps, PACKETS), new ArrayList<>());
            assertThat(r).extracting(Read::timeNanos)
                    .containsExactly(1_700_000_000_123_456_789L, 1_700_000_000_999_999_999L, 1_700_000_001_000_000_000L);
        }
    }

    @Test
    void theModifiedFormatsLongerRecordHeadersAreStepped() throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Read> r = read(RawCaptures.pcap(ByteOrder.LITTLE_ENDIAN, 0xA1B2CD34, 1, true, STAMPS, PACKETS), problems);
        assertThat(problems).isEmpty();
        assertThat(r).extracting(x -> x.data().length).containsExactly(3, 70, 5);
    }

    @Test
    void theWriterRoundTripsNanosecondsAndTruncatesToMicroseconds() throws IOException {
        long t = 1_700_000_000_123_456_789L;
        for (PcapWriter.Precision precision : PcapWriter.Precision.values()) {
            Path p = dir.resolve(precision + ".pcap");
            try (PcapWriter w = PcapWriter.create(p, 276, precision)) {
                w.write(t, new byte[] {1, 2, 3, 4}, 1, 2);
            }
            List<Read> r = read(p, new ArrayList<>());
            assertThat(r).singleElement().satisfies(x -> {
                assertThat(x.timeNanos()).isEqualTo(precision == PcapWriter.Precision.NANOS ? t : 1_700_000_000_123_456_000L);
                assertThat(x.linkType()).isEqualTo(276);
                assertThat(x.data()).containsExactly(2, 3);
            });
            Tshark.Result ts = Tshark.run(p, "-T", "fields", "-e", "frame.time_epoch");
            assertThat(ts.lines()).containsExactly(precision == PcapWriter.Precision.NANOS
                    ? "1700000000.123456789" : "1700000000.123456000");
        }
    }

    @Test
    void theWriterRejectsTimesPcapCannotHold() throws IOException {
        try (PcapWriter w = PcapWriter.create(dir.resolve("x.pcap"), 1, PcapWriter.Precision.NANOS)) {
            assertThatThrownBy(() -> w.write(-1, new byte[1], 0, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1970");
        }
    }

    @Test
    void aFileThatIsNoCaptureIsRefusedWithItsFirstBytes() throws IOException {
        Path p = dir.resolve("notes.txt");
        Files.writeString(p, "hello, this is text");
        assertThatThrownBy(() -> CaptureReader.open(p, ProblemSink.ignoring()))
                .isInstanceOf(CaptureFormatException.class).hasMessageContaining("0x68656c6c");
        Path empty = dir.resolve("empty.pcap");
        Files.write(empty, new byte[2]);
        assertThatThrownBy(() -> CaptureReader.open(empty, ProblemSink.ignoring()))
                .isInstanceOf(CaptureFormatException.class).hasMessageContaining("too short");
    }
}
