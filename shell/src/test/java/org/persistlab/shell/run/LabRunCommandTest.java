package org.persistlab.shell.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.TestLab;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.Scenario;
import org.persistlab.sim.scenario.ScenarioParser;

class LabRunCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void scenario() throws Exception {
        Files.writeString(dir.resolve("small.scenario"), TestLab.SMALL_FILE);
    }

    @Test
    void jsonHasTheKeysIssueFiveAsksFor() {
        TestLab.Result r = TestLab.cli(dir, "run", "small.scenario", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        String json = r.out();
        assertThat(json).startsWith("{\n  \"seed\": 1,\n  \"phones\": 10,");
        for (String block : List.of("failover_ms", "no_service_ms", "emergency_blackout_ms")) {
            assertThat(json).containsPattern("\"" + block + "\": \\{\\s+\"p50\": [0-9.]+,\\s+\"p90\": [0-9.]+,"
                    + "\\s+\"p99\": [0-9.]+,\\s+\"max\": [0-9.]+,\\s+\"count\": \\d+");
        }
        assertThat(json).containsPattern("\"licenses\": \\{\\s+\"licensed\": 10,\\s+\"emergency_only\": 0,"
                        + "\\s+\"refused\": 0")
                .containsPattern("\"ipo\": \\{\\s+\"register_peak_per_s\": \\d+")
                .containsPattern("\"aco\": \\{\\s+\"register_peak_per_s\": \\d+")
                .containsPattern("\"calls\": \\{\\s+\"attempts\": \\d+,\\s+\"completed\": \\d+,\\s+\"failed\": \\d+");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherRun() {
        String a = TestLab.cli(dir, "run", "small.scenario", "--format", "json", "--seed", "4").out();
        String b = TestLab.cli(dir, "run", "small.scenario", "--format", "json", "--seed", "4").out();
        String c = TestLab.cli(dir, "run", "small.scenario", "--format", "json", "--seed", "5").out();
        assertThat(a).isEqualTo(b).contains("\"seed\": 4,");
        assertThat(c).isNotEqualTo(a).contains("\"seed\": 5,");
    }

    @Test
    void replicationsGiveEachMetricsMeanOverSeparateRunsOfSuccessiveSeeds() throws Exception {
        TestLab.Result r = TestLab.cli(dir, "run", "small.scenario", "--replications", "3", "--seed", "10");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 replications (seeds 10..12): mean and 95% confidence interval");
        Scenario s = ScenarioParser.parse("small", TestLab.SMALL_FILE).scenario();
        double sum = 0;
        for (long seed = 10; seed <= 12; seed++) {
            Simulation sim = Simulation.create(s, seed, dir);
            sim.run();
            sum += ((Number) ((Map<?, ?>) sim.report().toTree().get("ipo")).get("registers")).doubleValue();
        }
        String mean = org.persistlab.shell.format.Numbers.decimal(sum / 3, 3);
        assertThat(r.out()).containsPattern("(?m)^  ipo\\.register_peak_per_s +")
                .containsPattern("(?m)^  calls\\.attempts +[0-9.]+ +[0-9.]+ +");
        TestLab.Result json = TestLab.cli(dir, "run", "small.scenario", "--replications", "3", "--seed", "10",
                "--format", "json");
        assertThat(json.out()).containsPattern("\"ipo\\.registers\": \\{\\s+\"mean\": " + mean.replace(".", "\\.")
                + "[0-9]*,");
    }

    @Test
    void explainListsEveryParameterWithItsSourceAndRunsNothing() {
        TestLab.Result r = TestLab.cli(dir, "run", "small.scenario", "--explain");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("scenario: small.scenario · seed 1 · 10 phones at 1 sites")
                .containsPattern("(?m)^phones +10 +scenario +issue 5")
                .containsPattern("(?m)^options\\.interval +30s +settings file +ASSUMPTION: LAB_OPTIONS_INTERVAL")
                .containsPattern("(?m)^ipo\\.queue +100 +default +ASSUMPTION")
                .containsPattern("\\d+ defaults are ASSUMPTIONs")
                .doesNotContain("events");
    }

    @Test
    void aWrongScenarioLineIsNamedWithItsNumber() throws Exception {
        Files.writeString(dir.resolve("bad.scenario"), "phones 10\nphonez 3\noutage.duration later\n");
        TestLab.Result r = TestLab.cli(dir, "run", "bad.scenario");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(r.err()).contains("bad.scenario:2: unknown parameter 'phonez' (did you mean 'phones'?)")
                .contains("bad.scenario:3: outage.duration:")
                .contains("lab run: bad.scenario: 2 wrong lines");
        assertThat(TestLab.cli(dir, "run", "none.scenario").err()).contains("none.scenario: no such file");
    }

    @Test
    void pcapAndHtmlAreWrittenBesideTheReport() throws Exception {
        TestLab.Result r = TestLab.cli(dir, "run", "small.scenario", "--pcap", "run.pcap", "--html", "run.html");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote run.html").contains("wrote run.pcap");
        byte[] pcap = Files.readAllBytes(dir.resolve("run.pcap"));
        // pcap with nanosecond timestamps (magic a1b23c4d), written little-endian, link type 1 (Ethernet).
        ByteBuffer head = ByteBuffer.wrap(pcap, 0, 24).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(head.getInt(0)).isEqualTo(0xa1b23c4d);
        assertThat(head.getInt(20)).isEqualTo(1);
        assertThat(pcap.length).isGreaterThan(10_000);
        assertThat(Files.readString(dir.resolve("run.html"), StandardCharsets.UTF_8)).contains("<svg class=\"chart\"");
    }

    @Test
    void exportPcapInTheShellWritesTheSameCaptureAsLabRun() throws Exception {
        TestLab.cli(dir, "run", "small.scenario", "--pcap", "direct.pcap");
        TestLab.Result r = TestLab.script(dir, List.of("load small.scenario", "run", "export pcap again.pcap",
                "export csv run.csv"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("again.pcap"))).isEqualTo(Files.readAllBytes(dir.resolve(
                "direct.pcap")));
        List<String> csv = Files.readAllLines(dir.resolve("run.csv"));
        assertThat(csv).hasSize(1 + 20 * 60);
        String[] header = csv.get(0).split(";");
        String[] last = csv.get(csv.size() - 1).split(";");
        int ipoTotal = List.of(header).indexOf("REGISTER@IPOffice(C)");
        Map<?, ?> ipo = (Map<?, ?>) r.shell().session().last().orElseThrow().result().tree().get("ipo");
        assertThat(Long.parseLong(last[ipoTotal])).isEqualTo(((Number) ipo.get("registers")).longValue());
        // Every second, the phones per state add up to the 10 phones.
        for (String row : csv.subList(1, csv.size())) {
            String[] cells = row.split(";");
            long phones = 0;
            for (int i = 0; i < header.length; i++) {
                phones += header[i].startsWith("Phones_") ? Long.parseLong(cells[i]) : 0;
            }
            assertThat(phones).as(row).isEqualTo(10);
        }
    }

    @Test
    void ctrlCPausesTheRunAndUntilFinishesIt() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        org.persistlab.shell.cli.CancelToken cancel = new org.persistlab.shell.cli.CancelToken();
        org.persistlab.shell.repl.Shell shell = org.persistlab.shell.Commands.shell();
        for (String line : TestLab.SMALL) {
            shell.dispatcher().executeLine(List.of(line.split(" ")), TestLab.context(out, err, dir, cancel));
        }
        cancel.cancel();
        int status = shell.dispatcher().executeLine(List.of("run"), TestLab.context(out, err, dir, cancel));
        assertThat(status).isEqualTo(ExitStatus.INTERRUPTED);
        assertThat(out.toString()).contains("stopped at 0s of 20m00s; 'step' or 'until TIME' continues this run");
        assertThat(shell.session().results()).isEmpty();
        cancel.reset();
        assertThat(shell.dispatcher().executeLine(List.of("until", "20m"), TestLab.context(out, err, dir, cancel)))
                .isZero();
        assertThat(out.toString()).contains("the run reached its end; recorded as #1");
        String direct = TestLab.cli(dir, "run", "small.scenario", "--format", "json").out();
        assertThat(org.persistlab.shell.format.TreeJson.toJson(shell.session().last().orElseThrow().result().tree()))
                .isEqualTo(direct);
    }
}
