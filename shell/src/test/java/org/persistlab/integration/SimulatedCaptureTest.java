package org.persistlab.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.capture.WireEventPcapWriter;
import org.persistlab.analyzer.decode.CaptureDecoder;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.analyzer.report.WireAnalysis;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.ScenarioParser;
import org.persistlab.sip.WireEvent;

/**
 * Issue 11 (and issue 5's pcap checks): a simulated run written as a capture reads back through
 * the decoder to exactly the analysis the run produced in-process, and tshark reads it cleanly.
 */
class SimulatedCaptureTest {
    private static final String SCENARIO = """
            sites 2
            phones 25
            duration 30m
            outage.start 8m
            calls.rate 8/h
            """;

    @TempDir
    static Path dir;
    static Path pcap;
    static Map<String, Object> inProcess;
    static Map<String, Long> simulatedCounts = new TreeMap<>();

    @BeforeAll
    static void runOnce() throws Exception {
        pcap = dir.resolve("run.pcap");
        Simulation sim = Simulation.create(ScenarioParser.parse("t", SCENARIO).scenario(), Path.of("."));
        WireAnalysis analysis = new WireAnalysis(AnalysisOptions.defaults());
        try (WireEventPcapWriter writer = WireEventPcapWriter.create(pcap)) {
            sim.addTap((e, from, to) -> {
                analysis.accept(e);
                count(e);
                try {
                    writer.write(e);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            sim.run();
        }
        inProcess = analysis.finish().toTree();
    }

    private static void count(WireEvent e) {
        String key = e.message().isRequest() ? e.message().method() : Integer.toString(e.message().statusCode());
        simulatedCounts.merge(key, 1L, Long::sum);
    }

    @Test
    void theCaptureAnalysesToExactlyTheInProcessWireReport() {
        WireAnalysis fromFile = new WireAnalysis(AnalysisOptions.defaults());
        List<String> problems = new ArrayList<>();
        new CaptureDecoder().decode(pcap, fromFile::accept, p -> problems.add(p.toString()));
        assertThat(problems).isEmpty();
        assertThat(fromFile.finish().toTree()).isEqualTo(inProcess);
    }

    @Test
    void tsharkReadsTheCaptureWithNoMalformedPacketAndTheSameSipCounts() throws Exception {
        Process p = new ProcessBuilder("tshark", "-r", pcap.toString(), "-q", "-z", "expert,warn")
                .redirectErrorStream(true).start();
        String expert = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(expert).doesNotContain("Malformed").doesNotContainIgnoringCase("error");

        Process f = new ProcessBuilder("tshark", "-r", pcap.toString(), "-Y", "sip", "-T", "fields",
                "-e", "sip.Method", "-e", "sip.Status-Code").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(f.getInputStream().readAllBytes()).lines().toList();
        assertThat(f.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Map<String, Long> tshark = new TreeMap<>();
        for (String line : lines) {
            // One line per frame; a TCP segment carrying two SIP messages lists both, comma-separated.
            String[] cols = line.split("\t", -1);
            List<String> methods = cols[0].isEmpty() ? List.of() : List.of(cols[0].split(","));
            List<String> statuses = cols.length < 2 || cols[1].isEmpty() ? List.of() : List.of(cols[1].split(","));
            methods.forEach(m -> tshark.merge(m, 1L, Long::sum));
            statuses.forEach(s -> tshark.merge(s, 1L, Long::sum));
        }
        assertThat(Files.size(pcap)).isPositive();
        assertThat(requests(tshark)).isEqualTo(requests(simulatedCounts));
        assertThat(responses(tshark)).isEqualTo(responses(simulatedCounts));
    }

    private static Map<String, Long> requests(Map<String, Long> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> {
            if (!Character.isDigit(k.charAt(0))) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Map<String, Long> responses(Map<String, Long> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> {
            if (Character.isDigit(k.charAt(0))) {
                out.put(k, v);
            }
        });
        return out;
    }
}
