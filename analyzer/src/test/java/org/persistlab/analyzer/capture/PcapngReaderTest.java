package org.persistlab.analyzer.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapngReaderTest {
    private static final byte[] ETH = new byte[60];
    private static final byte[] RAW = {0x45, 0, 0, 20, 0, 0, 0, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2};
    private static final byte[] SLL = new byte[44];

    @TempDir
    Path dir;

    /** What the reader returned for one record. */
    record Read(long timeNanos, int linkType, int iface, int length, long fileOffset) {
    }

    static List<Read> read(Path file, List<Problem> problems) throws IOException {
        List<Read> out = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(file, problems::add)) {
            assertThat(r.format()).isEqualTo(CaptureFormat.PCAPNG);
            CaptureRecord rec = new CaptureRecord();
            while (r.next(rec)) {
                out.add(new Read(rec.timeNanos(), rec.linkType(), rec.interfaceId(), rec.length(), rec.fileOffset()));
            }
        }
        return out;
    }

    /** Two sections of opposite byte order; interfaces with different link types and resolutions; every packet block. */
    private Path twoSections() throws IOException {
        RawCaptures.Pcapng ng = new RawCaptures.Pcapng()
                .section(ByteOrder.LITTLE_ENDIAN)
                .iface(1, 0, 9)                      // Ethernet, nanoseconds
                .iface(101, 0, 0x80 | 10)            // raw IP, 2^-10 s
                .epb(0, 1_700_000_000_123_456_789L, ETH)
                .unknown(0x0BAD, 10)                 // skipped by its length
                .epb(1, (1_700_000_001L << 10) + 512, RAW)
                .opb(0, 1_700_000_001_750_000_000L, ETH)
                .spb(ETH)                            // no timestamp: the previous packet's
                .section(ByteOrder.BIG_ENDIAN)
                .iface(113, 0, -1)                   // Linux SLL, default microseconds
                .epb(0, 1_700_000_002_000_001L, SLL);
        Path p = dir.resolve("two-sections.pcapng");
        Files.write(p, ng.bytes());
        return p;
    }

    @Test
    void readsInterfacesResolutionsAndEveryPacketBlockInBothByteOrders() throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Read> reads = read(twoSections(), problems);
        assertThat(problems).isEmpty();
        assertThat(reads).extracting(Read::timeNanos).containsExactly(
                1_700_000_000_123_456_789L, 1_700_000_001_500_000_000L, 1_700_000_001_750_000_000L,
                1_700_000_001_750_000_000L, 1_700_000_002_000_001_000L);
        assertThat(reads).extracting(Read::linkType).containsExactly(1, 101, 1, 1, 113);
        assertThat(reads).extracting(Read::iface).containsExactly(0, 1, 0, 0, 0);
        assertThat(reads).extracting(Read::length).containsExactly(60, 20, 60, 60, 44);
    }

    /**
     * tshark 4 lists the unknown block as a record of its own (no interface) and gives the Simple
     * Packet Block no time; apart from those, every packet matches.
     */
    @Test
    void tsharkReadsTheSameTimesLengthsAndInterfaces() throws IOException {
        Path p = twoSections();
        List<PublicCaptureRecordsTest.Row> ours = PublicCaptureRecordsTest.ours(p, 64);
        List<PublicCaptureRecordsTest.Row> theirs = PublicCaptureRecordsTest.tsharks(p, -1).stream()
                .filter(r -> r.iface() >= 0).toList();
        assertThat(theirs).hasSize(ours.size());
        for (int i = 0; i < ours.size(); i++) {
            PublicCaptureRecordsTest.Row t = theirs.get(i);
            assertThat(ours.get(i)).isEqualTo(t.time().isEmpty() ? t.withTime(ours.get(i).time()) : t);
        }
        assertThat(theirs).filteredOn(r -> r.time().isEmpty()).hasSize(1);
    }

    @Test
    void aBlockWithAnImpossibleLengthStopsReadingWithAProblemAtItsOffset() throws IOException {
        RawCaptures.Pcapng ng = new RawCaptures.Pcapng().section(ByteOrder.LITTLE_ENDIAN).iface(1, 0, -1)
                .epb(0, 1, ETH);
        int badAt = ng.bytes().length;
        ng.raw(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(6).putInt(13).putInt(13).array())
                .epb(0, 2, ETH);
        Path p = dir.resolve("bad-length.pcapng");
        Files.write(p, ng.bytes());
        List<Problem> problems = new ArrayList<>();
        assertThat(read(p, problems)).hasSize(1);
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.offset()).isEqualTo(badAt);
            assertThat(pr.message()).contains("length 13").contains("reading stops");
        });
    }

    @Test
    void aTrailingLengthThatDisagreesIsReportedAndTheLeadingLengthIsFollowed() throws IOException {
        RawCaptures.Pcapng ng = new RawCaptures.Pcapng().section(ByteOrder.LITTLE_ENDIAN).iface(1, 0, -1).epb(0, 1, ETH);
        byte[] b = ng.epb(0, 2, ETH).bytes();
        b[b.length - 4] = 0x7F; // the second EPB's trailing length
        Path p = dir.resolve("trailer.pcapng");
        Files.write(p, b);
        List<Problem> problems = new ArrayList<>();
        assertThat(read(p, problems)).hasSize(2);
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.offset()).isEqualTo(b.length - 4);
            assertThat(pr.message()).contains("does not match its trailing copy");
        });
    }

    @Test
    void aPacketOnAnUndescribedInterfaceIsSkippedWithAProblem() throws IOException {
        byte[] b = new RawCaptures.Pcapng().section(ByteOrder.LITTLE_ENDIAN).iface(1, 0, -1).epb(3, 1, ETH)
                .epb(0, 2, ETH).bytes();
        Path p = dir.resolve("iface.pcapng");
        Files.write(p, b);
        List<Problem> problems = new ArrayList<>();
        assertThat(read(p, problems)).extracting(Read::timeNanos).containsExactly(2_000L);
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("interface 3");
    }

    @Test
    void aFileCutInsideABlockKeepsThePacketsBeforeIt() throws IOException {
        byte[] b = new RawCaptures.Pcapng().section(ByteOrder.LITTLE_ENDIAN).iface(1, 0, -1).epb(0, 1, ETH)
                .epb(0, 2, ETH).bytes();
        Path p = dir.resolve("cut.pcapng");
        Files.write(p, java.util.Arrays.copyOf(b, b.length - 30));
        List<Problem> problems = new ArrayList<>();
        assertThat(read(p, problems)).hasSize(1);
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("past the end of the file");
    }

    /**
     * A sparse file over 2 GiB: one packet, an unknown block of 2.5 GiB skipped by its length, and a
     * packet after it. Only the pages touched are ever read, and offsets past 2^31 must stay exact.
     */
    @Test
    void packetsBeyondTwoGibibytesAreReadWithTheirExactOffsets() throws IOException {
        long skip = 2_500_000_000L;
        Path p = dir.resolve("large.pcapng");
        byte[] head = new RawCaptures.Pcapng().section(ByteOrder.LITTLE_ENDIAN).iface(1, 0, -1).epb(0, 1, ETH).bytes();
        byte[] tail = new RawCaptures.Pcapng().epb(0, 2, ETH).bytes();
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write(head);
            ByteBuffer blockHeader = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0x0BAD).putInt((int) skip);
            f.write(blockHeader.array());
            f.seek(head.length + skip - 4);
            f.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) skip).array());
            f.write(tail);
        }
        List<Problem> problems = new ArrayList<>();
        List<Read> reads = read(p, problems);
        assertThat(problems).isEmpty();
        assertThat(reads).extracting(Read::fileOffset).containsExactly((long) head.length - 92, head.length + skip);
        assertThat(reads.get(1).timeNanos()).isEqualTo(2_000L);
    }
}
