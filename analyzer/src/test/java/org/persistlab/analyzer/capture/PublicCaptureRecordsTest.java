package org.persistlab.analyzer.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public capture is read record by record and compared with tshark, the independent oracle:
 * same number of packets, and per packet the same timestamp (to the nanosecond), captured length,
 * original length and interface. The one file tshark refuses has its own test in {@link DamagedPcapTest}.
 */
class PublicCaptureRecordsTest {
    static final String TSHARK_REFUSES = "malformed_pkts_mixed_endian.pcap";

    /** One packet as both sides see it. */
    record Row(String time, int caplen, int len, int iface) {
        Row withTime(String t) {
            return new Row(t, caplen, len, iface);
        }
    }

    static List<Row> ours(Path file, int windowSize) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(file, ProblemSink.ignoring(), windowSize)) {
            CaptureRecord rec = new CaptureRecord();
            while (r.next(rec)) {
                BigDecimal t = BigDecimal.valueOf(rec.timeNanos()).movePointLeft(9);
                rows.add(new Row(t.toPlainString(), rec.length(), rec.originalLength(), rec.interfaceId()));
            }
        }
        return rows;
    }

    /** tshark's rows; {@code noInterface} stands for an empty interface id (classic pcap has none: 0). */
    static List<Row> tsharks(Path file, int noInterface) {
        Tshark.Result r = Tshark.run(file, "-T", "fields", "-e", "frame.time_epoch", "-e", "frame.cap_len",
                "-e", "frame.len", "-e", "frame.interface_id");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        // tshark gives no time for a record without one (a Simple Packet Block): "" stands for it.
        return r.lines().stream().map(l -> l.split("\t", -1)).map(f -> new Row(
                f[0].isEmpty() ? "" : new BigDecimal(f[0]).setScale(9).toPlainString(),
                Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3].isEmpty() ? noInterface : Integer.parseInt(f[3]))).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyRecordMatchesTshark() {
        return CaptureCorpus.all().stream().filter(p -> !p.getFileName().toString().equals(TSHARK_REFUSES))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    List<Row> ours = ours(p, 64 << 20);
                    assertThat(ours).isNotEmpty().isEqualTo(tsharks(p, 0));
                }));
    }

    @TestFactory
    Stream<DynamicTest> aSmallMappingWindowReadsTheSameRecords() {
        // 100-byte windows force a re-map inside nearly every record and header.
        return CaptureCorpus.all().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> assertThat(ours(p, 100)).isEqualTo(ours(p, 64 << 20))));
    }
}
