package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.persistlab.analyzer.capture.CaptureCorpus;
import org.persistlab.analyzer.capture.Tshark;
import org.persistlab.sip.WireEvent;

/**
 * The oracle test: for every public capture, our count of SIP requests per method and responses per
 * status code equals what {@code tshark -q -z sip,stat} counts, run here on the same file. Where we
 * find more than tshark, the difference is named below, per file, with the reason.
 */
class TsharkSipOracleTest {
    private static final Pattern RESPONSE = Pattern.compile("^\\s+SIP (\\d{3}) .*:\\s+(\\d+) Packets");
    private static final Pattern REQUEST = Pattern.compile("^\\s+(\\S+)\\s+:\\s+(\\d+) Packets");

    /** Messages we find that tshark does not, per file: what and why. */
    private record MoreThanTshark(Map<String, Integer> messages, String why) {
    }

    private static final Map<String, MoreThanTshark> MORE_THAN_TSHARK = Map.of(
            "malformed_pkts_mixed_endian.pcap", new MoreThanTshark(Map.of("INVITE", 5, "BYE", 5),
                    "tshark refuses the file at its first record (a big-endian header over little-endian records whose"
                            + " caplen is 14 bytes too large); we resynchronise and read all ten SIPp requests that"
                            + " SOURCES.md lists"));

    /** Requests by method and responses by status code, as tshark's sip,stat tap names them. */
    static Map<String, Integer> ours(Path file) {
        Map<String, Integer> counts = new TreeMap<>();
        new CaptureDecoder().decode(file, (WireEvent e) -> counts.merge(e.message().isRequest()
                ? e.message().method() : String.valueOf(e.message().statusCode()), 1, Integer::sum), p -> { });
        return counts;
    }

    static Map<String, Integer> tsharks(Path file) {
        Tshark.Result r = Tshark.run(file, "-q", "-z", "sip,stat");
        Map<String, Integer> counts = new TreeMap<>();
        if (r.exitCode() != 0) {
            return counts;
        }
        for (String line : r.lines()) {
            Matcher m = RESPONSE.matcher(line);
            if (m.find()) {
                counts.merge(m.group(1), Integer.parseInt(m.group(2)), Integer::sum);
                continue;
            }
            m = REQUEST.matcher(line);
            if (m.find() && !line.contains("SIP ")) {
                counts.merge(m.group(1), Integer.parseInt(m.group(2)), Integer::sum);
            }
        }
        return counts;
    }

    @TestFactory
    Stream<DynamicTest> requestAndResponseCountsEqualTsharks() {
        List<Path> files = CaptureCorpus.all();
        assertThat(files).hasSizeGreaterThanOrEqualTo(16);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Map<String, Integer> ours = ours(file);
            Map<String, Integer> expected = new TreeMap<>(tsharks(file));
            MoreThanTshark more = MORE_THAN_TSHARK.get(file.getFileName().toString());
            if (more != null) {
                more.messages().forEach((k, v) -> expected.merge(k, v, Integer::sum));
            }
            assertThat(ours).as(more != null ? more.why() : "same counts as tshark").isEqualTo(expected);
        }));
    }
}
