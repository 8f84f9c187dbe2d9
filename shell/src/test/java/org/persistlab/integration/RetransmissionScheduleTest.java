package org.persistlab.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.capture.WireEventPcapWriter;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.ScenarioParser;

/**
 * Issue 5: over UDP with ACO unreachable, the retransmissions in the written capture follow RFC
 * 3261 §17.1 exactly, as tshark reads them back: INVITE at 0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5 s;
 * REGISTER at 0, 0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5, 23.5, 27.5, 31.5 s.
 */
class RetransmissionScheduleTest {
    private static final List<String> INVITE = List.of("0", "0.5", "1.5", "3.5", "7.5", "15.5", "31.5");
    private static final List<String> REGISTER = List.of("0", "0.5", "1.5", "3.5", "7.5", "11.5", "15.5", "19.5",
            "23.5", "27.5", "31.5");

    @TempDir
    Path dir;

    private Path simulate(String scenario) throws Exception {
        Path pcap = dir.resolve("udp.pcap");
        Simulation sim = Simulation.create(ScenarioParser.parse("t", scenario).scenario(), Path.of("."));
        try (WireEventPcapWriter w = WireEventPcapWriter.create(pcap)) {
            sim.addTap((e, from, to) -> {
                try {
                    w.write(e);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            sim.run();
        }
        return pcap;
    }

    /** Offsets (s, exact decimals) of each transaction's copies, per Call-ID and CSeq, as tshark prints them. */
    private static Map<String, List<BigDecimal>> transmissions(Path pcap, String method) throws Exception {
        Process p = new ProcessBuilder("tshark", "-r", pcap.toString(), "-Y",
                "sip.Method == \"" + method + "\" && ip.dst == 198.51.100.10", "-T", "fields",
                "-e", "frame.time_epoch", "-e", "sip.Call-ID", "-e", "sip.CSeq.seq")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, List<BigDecimal>> byTx = new LinkedHashMap<>();
        for (String line : lines) {
            String[] c = line.split("\t");
            byTx.computeIfAbsent(c[1] + " " + c[2], k -> new ArrayList<>()).add(new BigDecimal(c[0]));
        }
        Map<String, List<BigDecimal>> offsets = new LinkedHashMap<>();
        byTx.forEach((k, times) -> {
            List<BigDecimal> o = new ArrayList<>();
            times.forEach(t -> o.add(t.subtract(times.get(0)).stripTrailingZeros()));
            offsets.put(k, o);
        });
        return offsets;
    }

    /**
     * Every transaction's copies follow the schedule (one the end of the run cut short is a prefix of it),
     * and at least {@code complete} transactions ran the whole schedule.
     */
    private static void assertSchedule(Map<String, List<BigDecimal>> tx, List<BigDecimal> schedule, int complete) {
        assertThat(tx.values()).allSatisfy(o -> assertThat(schedule.subList(0, Math.min(o.size(), schedule.size())))
                .isEqualTo(o));
        assertThat(tx.values().stream().filter(o -> o.equals(schedule)).count()).isGreaterThanOrEqualTo(complete);
    }

    private static List<BigDecimal> decimals(List<String> s) {
        return s.stream().map(x -> new BigDecimal(x).stripTrailingZeros()).toList();
    }

    @Test
    void unansweredRegistersFollowTheNonInviteSchedule() throws Exception {
        Path pcap = simulate("""
                sites 1
                phones 3
                transport.aco udp
                outage.start 0s
                outage.duration 10m
                duration 2m
                calls.rate 0/h
                calls.incoming.rate 0/h
                """);
        Map<String, List<BigDecimal>> tx = transmissions(pcap, "REGISTER");
        assertSchedule(tx, decimals(REGISTER), 3);
    }

    @Test
    void unansweredInvitesFollowTheInviteScheduleWithFastResponseTimeoutOff() throws Exception {
        Path pcap = simulate("""
                sites 1
                phones 40
                transport.aco udp
                fast.response.timeout 0s
                outage.start 5m
                outage.duration 10m
                duration 12m
                calls.rate 20/h
                calls.internal 0
                calls.incoming.rate 0/h
                """);
        Map<String, List<BigDecimal>> tx = transmissions(pcap, "INVITE");
        Map<String, List<BigDecimal>> unanswered = new LinkedHashMap<>();
        tx.forEach((k, o) -> {
            if (o.size() > 1) {
                unanswered.put(k, o);
            }
        });
        assertSchedule(unanswered, decimals(INVITE), 2);
    }
}
