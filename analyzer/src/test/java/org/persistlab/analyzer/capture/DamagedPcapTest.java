package org.persistlab.analyzer.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken pcap files: every fault is reported with its offset, and reading goes on where it can. */
class DamagedPcapTest {
    @TempDir
    Path dir;

    /**
     * pkts.io's cool.pcap: a big-endian file header over little-endian record headers, raw IPv4 under
     * the NULL link type, and every caplen 14 bytes too large. tshark refuses it ("587333632-byte
     * packet"); we report each fault and recover all ten records, each holding a whole IPv4 packet.
     */
    @Test
    void mixedEndianFileWithOverlongCaplensYieldsAllTenPackets() throws IOException {
        Path file = CaptureCorpus.repo(PublicCaptureRecordsTest.TSHARK_REFUSES);
        Tshark.Result tshark = Tshark.run(file, "-c", "1");
        assertThat(tshark.exitCode()).isNotZero();
        assertThat(tshark.stderr()).contains("587333632");

        List<Problem> problems = new ArrayList<>();
        List<PcapReaderTest.Read> reads = PcapReaderTest.read(file, problems);
        assertThat(reads).hasSize(10);
        for (PcapReaderTest.Read r : reads) {
            byte[] d = r.data();
            int ipTotalLength = ((d[2] & 0xFF) << 8) | (d[3] & 0xFF);
            assertThat(d[0]).isEqualTo((byte) 0x45);
            assertThat(ipTotalLength).isLessThanOrEqualTo(d.length);
        }
        assertThat(reads).extracting(PcapReaderTest.Read::timeNanos).isSorted();
        assertThat(problems.get(0).offset()).isEqualTo(24);
        assertThat(problems.get(0).message()).contains("587333632").contains("little-endian");
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
        assertThat(problems.get(problems.size() - 1).message()).contains("cut short");
    }

    private Path pcapOf(int records) throws IOException {
        long[][] stamps = new long[records][];
        byte[][] packets = new byte[records][];
        for (int i = 0; i < records; i++) {
            stamps[i] = new long[] {1_700_000_000L + i, i};
            packets[i] = new byte[40 + i];
            Arrays.fill(packets[i], (byte) ('a' + i));
        }
        Path p = dir.resolve("n.pcap");
        Files.write(p, RawCaptures.pcap(ByteOrder.LITTLE_ENDIAN, 0xA1B2C3D4, 1, false, stamps, packets));
        return p;
    }

    private static long recordOffset(int index) {
        long at = 24;
        for (int i = 0; i < index; i++) {
            at += 16 + 40 + i;
        }
        return at;
    }

    @Test
    void anImpossibleCaplenInTheMiddleIsSkippedAndTheNextRecordsAreRead() throws IOException {
        Path p = pcapOf(6);
        byte[] b = Files.readAllBytes(p);
        int at = (int) recordOffset(2);
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 8, 0x7000_0000);
        Files.write(p, b);
        List<Problem> problems = new ArrayList<>();
        List<PcapReaderTest.Read> reads = PcapReaderTest.read(p, problems);
        assertThat(reads).extracting(r -> r.data()[0]).containsExactly((byte) 'a', (byte) 'b', (byte) 'd', (byte) 'e',
                (byte) 'f');
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.offset()).isEqualTo(at);
            assertThat(pr.message()).contains("1879048192").contains("resumed");
        });
    }

    @Test
    void aCaplenTooLargeButInsideTheFileIsReadAndTheRecordsItSwallowedAreFoundAgain() throws IOException {
        Path p = pcapOf(6);
        byte[] b = Files.readAllBytes(p);
        int at = (int) recordOffset(1);
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 8, 41 + 56 + 43);
        Files.write(p, b);
        List<Problem> problems = new ArrayList<>();
        List<PcapReaderTest.Read> reads = PcapReaderTest.read(p, problems);
        // Record 'b' is read with too many bytes; the records it overlapped are found by resynchronising.
        assertThat(reads).extracting(r -> r.data()[0]).containsExactly((byte) 'a', (byte) 'b', (byte) 'c', (byte) 'd',
                (byte) 'e', (byte) 'f');
        assertThat(problems).isNotEmpty();
    }

    @Test
    void aFileCutInsideTheLastRecordKeepsItsBytesAsATruncatedPacket() throws IOException {
        Path p = pcapOf(3);
        byte[] b = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(b, b.length - 10));
        List<Problem> problems = new ArrayList<>();
        List<PcapReaderTest.Read> reads = PcapReaderTest.read(p, problems);
        assertThat(reads).extracting(r -> r.data().length).containsExactly(40, 41, 32);
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.offset()).isEqualTo(recordOffset(2));
            assertThat(pr.message()).contains("cut short");
        });
    }

    @Test
    void aFileCutInsideARecordHeaderReportsTheLeftoverBytes() throws IOException {
        Path p = pcapOf(2);
        byte[] b = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(b, (int) recordOffset(1) + 7));
        List<Problem> problems = new ArrayList<>();
        assertThat(PcapReaderTest.read(p, problems)).hasSize(1);
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.offset()).isEqualTo(recordOffset(1));
            assertThat(pr.message()).contains("7 bytes");
        });
    }
}
