package org.persistlab.shell.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.capture.WireEventPcapWriter;
import org.persistlab.shell.TestLab;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.ScenarioParser;

/** {@code lab analyze} and the shell's {@code analyze} on a capture the simulator wrote. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private long messagesWritten;

    @BeforeEach
    void simulateACapture() throws Exception {
        Simulation sim = Simulation.create(ScenarioParser.parse("small", TestLab.SMALL_FILE).scenario(), 3, dir);
        AtomicLong count = new AtomicLong();
        try (WireEventPcapWriter w = WireEventPcapWriter.create(dir.resolve("outage.pcap"))) {
            sim.addTap((event, from, to) -> {
                count.incrementAndGet();
                try {
                    w.write(event);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            sim.run();
        }
        messagesWritten = count.get();
    }

    @Test
    void everyMessageWrittenIsReadBackAndEveryPhoneFailsOver() {
        TestLab.Result r = TestLab.cli(dir, "analyze", "outage.pcap", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\n  \"files\": [\n    {\n      \"path\": \"outage.pcap\",\n"
                + "      \"format\": \"pcap\",")
                .contains("\"sip_messages\": " + messagesWritten + ",")
                .contains("\"errors\": 0")
                .contains("\"sip\": {\n    \"messages\": " + messagesWritten + ",");
        // Each of the 10 phones appears once in the failover table.
        assertThat(r.out().split("\"phone\": \"10\\.", -1)).hasSize(11);
    }

    @Test
    void theTableShowsTheFilesTheMetricsAndTheCharts() {
        TestLab.Result r = TestLab.cli(dir, "analyze", "outage.pcap");
        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("(?m)^  outage\\.pcap +pcap +\\d+ +" + messagesWritten + " ")
                .contains("== Registrations").contains("== Failover per phone")
                .contains("REGISTER/s per registrar over the capture")
                .contains("failover latency, phones per bucket:");
    }

    @Test
    void damageIsReportedWithItsOffsetAndTheRestIsStillRead() throws Exception {
        byte[] whole = Files.readAllBytes(dir.resolve("outage.pcap"));
        Files.write(dir.resolve("cut.pcap"), Arrays.copyOf(whole, whole.length - 40));
        Files.writeString(dir.resolve("notes.txt"), "not a capture at all\n");
        TestLab.Result r = TestLab.cli(dir, "analyze", "notes.txt", "cut.pcap", "missing.pcap");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(r.err()).contains("notes.txt: byte 0:").contains("cut.pcap: byte ").contains("missing.pcap: byte 0:");
        assertThat(r.out()).containsPattern("(?m)^  cut\\.pcap +pcap +\\d+ +\\d+ +\\d+ +\\d+ +1$")
                .contains("== Failover per phone");
    }

    @Test
    void aBadRegistrarIsAUsageError() {
        TestLab.Result r = TestLab.cli(dir, "analyze", "outage.pcap", "--primary", "aco.example.net:5060");
        assertThat(r.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(r.err()).startsWith("lab analyze: --primary: ");
    }

    @Test
    void inTheShellTheAnalysisIsAResultToExportAndCompare() throws Exception {
        Files.copy(dir.resolve("outage.pcap"), dir.resolve("copy.pcap"));
        TestLab.Result r = TestLab.script(dir, List.of("analyze outage.pcap", "export json a.json",
                "export csv a.csv", "analyze copy.pcap --primary 198.51.100.10", "compare --changed", "runs"));
        assertThat(r.status()).as(r.err()).isZero();
        String direct = TestLab.cli(dir, "analyze", "outage.pcap", "--format", "json").out();
        assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo(direct);
        List<String> csv = Files.readAllLines(dir.resolve("a.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("Second;ElapsedTime(P);ElapsedTime(C);REGISTER@").contains("INVITE(C);");
        // The last row's cumulative INVITE count is every attempt of the analysis.
        String[] header = csv.get(0).split(";");
        String[] last = csv.get(csv.size() - 1).split(";");
        int inviteC = Arrays.asList(header).indexOf("INVITE(C)");
        assertThat(direct).contains("\"calls\": {\n    \"attempts\": " + last[inviteC] + ",");
        assertThat(r.out()).contains("#1: analysis: outage.pcap").contains("#2: analysis: copy.pcap")
                .containsPattern("primary +inferred +198\\.51\\.100\\.10").containsPattern("\\(\\d+ unchanged metrics not shown\\)")
                .containsPattern("(?m)^2  analysis  copy\\.pcap$");
    }
}
