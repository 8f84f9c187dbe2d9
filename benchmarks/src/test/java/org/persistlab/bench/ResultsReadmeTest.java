package org.persistlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.bench.results.Machine;
import org.persistlab.bench.results.ResultsStore;
import org.persistlab.bench.results.RunRecord;

/** The README comes from the files: rows, ratios, machine and command, the same bytes every time. */
class ResultsReadmeTest {
    private static final String PKG = "org.persistlab.bench.parser.ParserBenchmark.";

    /** The shape JMH 1.37 writes with -rf json, cut down to what the README reads. */
    private static String run(String method, String message, String score, String error, double alloc) {
        return run(method, message, score, error, alloc, "");
    }

    private static String run(String method, String message, String score, String error, double alloc, String extra) {
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"" + PKG + method + "\",\"mode\":\"thrpt\",\"threads\":1,"
                + "\"forks\":2,\"params\":{\"message\":\"" + message + "\"},"
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error + ",\"scoreConfidence\":[1,2],"
                + "\"scoreUnit\":\"ops/s\",\"rawData\":[[1,2]]},"
                + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + alloc + ",\"scoreError\":\"NaN\","
                + "\"scoreUnit\":\"B/op\"}" + extra + "}}";
    }

    private static void writeParserResults(Path dir) throws Exception {
        Files.createDirectories(dir);
        String json = "[" + String.join(",",
                run("jainSip", "invite", "50000.0", "1000.5", 24450.2),
                run("ours", "invite", "250000.0", "1234.4", 2409.0),
                run("pkts", "invite", "100000.0", "\"NaN\"", 11783.0, ",\"events\":{\"score\":2469134.0,"
                        + "\"scoreError\":\"NaN\",\"scoreUnit\":\"#\",\"rawData\":[[1000000.0],[1469134.0]]},"
                        + "\"gc.count\":{\"score\":3.0}")) + "]";
        Files.writeString(dir.resolve("parser-latest.json"), json);
        new RunRecord("parser", "2026-01-02T03:04:05Z", "full: 2 forks", "java -jar benchmarks/target/benchmarks.jar parser",
                new Machine(2, 25_232_932_864L, "AMD EPYC", "OpenJDK 17.0.15", "Debian GNU/Linux 12"))
                .write(dir.resolve("parser-latest.properties"));
    }

    @Test
    void tableRatiosRunAndMachineComeFromTheLatestFiles(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("results");
        writeParserResults(dir);
        Path readme = tmp.resolve("README.md");

        List<String> problems = ResultsReadme.write(new ResultsStore(dir), SuiteCatalog.standard(), readme);

        assertThat(problems).isEmpty();
        String md = Files.readString(readme, StandardCharsets.UTF_8);
        assertThat(md).contains(
                "| parser | ParserBenchmark.ours | message=invite | 250,000 | ± 1,234 | ops/s | 2,409 | 5.00x jainSip, 2.50x pkts |  |",
                "| parser | ParserBenchmark.pkts | message=invite | 100,000 | n/a | ops/s | 11,783 |  | events 1,234,567 |",
                "RATIO suite=parser message=invite ours=ours peer=jainSip value=5.00",
                "RATIO suite=parser message=invite ours=ours peer=pkts value=2.50",
                "| parser | 2026-01-02T03:04:05Z | full: 2 forks | `java -jar benchmarks/target/benchmarks.jar parser` |",
                "| parser | 2 | 23.5 GiB | AMD EPYC | OpenJDK 17.0.15 | Debian GNU/Linux 12 |");
    }

    /** JMH sums an aux counter over forks; the README shows the mean run (1,000,000 and 1,469,134 here). */
    @Test
    void auxCountersShowAsTheMeanPerRun(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("results");
        writeParserResults(dir);
        ResultsReadme.write(new ResultsStore(dir), SuiteCatalog.standard(), tmp.resolve("R.md"));
        assertThat(Files.readString(tmp.resolve("R.md"))).contains("| events 1,234,567 |").doesNotContain("gc.count");
    }

    @Test
    void theSameFilesGiveTheSameBytes(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("results");
        writeParserResults(dir);
        ResultsReadme.write(new ResultsStore(dir), SuiteCatalog.standard(), tmp.resolve("a.md"));
        ResultsReadme.write(new ResultsStore(dir), SuiteCatalog.standard(), tmp.resolve("b.md"));
        assertThat(Files.readAllBytes(tmp.resolve("a.md"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.md")));
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersStillShow(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("results");
        writeParserResults(dir);
        Files.writeString(dir.resolve("broken-latest.json"), "[{\"benchmark\": ");

        List<String> problems = ResultsReadme.write(new ResultsStore(dir), SuiteCatalog.standard(), tmp.resolve("R.md"));

        assertThat(problems).singleElement().asString().contains("broken-latest.json").contains("offset");
        assertThat(Files.readString(tmp.resolve("R.md"))).contains("ParserBenchmark.ours");
    }

    @Test
    void numbersReadEasily() {
        assertThat(ResultsReadme.number(2_345_678.4)).isEqualTo("2,345,678");
        assertThat(ResultsReadme.number(123.4)).isEqualTo("123");
        assertThat(ResultsReadme.number(12.34)).isEqualTo("12.3");
        assertThat(ResultsReadme.number(0.012345)).isEqualTo("0.0123");
        assertThat(ResultsReadme.number(Double.NaN)).isEqualTo("n/a");
        assertThat(ResultsReadme.number(1.0)).as("a count").isEqualTo("1");
    }
}
