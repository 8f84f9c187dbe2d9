package org.persistlab.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.persistlab.analyzer.metrics.PhoneFailover;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.analyzer.report.AnalysisReport;
import org.persistlab.analyzer.report.WireAnalysis;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.Scenario;
import org.persistlab.sim.scenario.ScenarioParser;
import org.persistlab.sim.truth.WireMoments;

/**
 * Issue 11: the simulator knows what happened to each phone; the analyzer must recover it from the
 * wire alone. Every wire-derived moment must equal the truth's to the nanosecond.
 */
class TruthVsWireTest {
    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("built-in default", ""),
                Arguments.of("UDP to ACO, TCP to IP Office, silent", """
                        sites 2
                        phones 60
                        transport.aco udp
                        transport.ipo tcp
                        duration 40m
                        """),
                Arguments.of("TLS to both, resetting outage", """
                        sites 2
                        phones 60
                        transport.ipo tls
                        outage.mode reset
                        duration 40m
                        """),
                Arguments.of("licenses short of phones, TCP to ACO", """
                        sites 1
                        phones 80
                        licenses 50
                        transport.aco tcp
                        calls.rate 10/h
                        duration 40m
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyWireDerivedMomentEqualsTheTruth(String name, String text) throws Exception {
        ScenarioParser.Result parsed = ScenarioParser.parse(name, text);
        assertThat(parsed.errors()).isEmpty();
        Scenario scenario = parsed.scenario();
        Simulation sim = Simulation.create(scenario, Path.of("."));
        WireAnalysis analysis = new WireAnalysis(AnalysisOptions.defaults());
        sim.addTap((e, from, to) -> analysis.accept(e));
        sim.run();
        AnalysisReport wire = analysis.finish();

        Map<String, PhoneFailover> byPhone = new HashMap<>();
        for (PhoneFailover p : wire.failover().phones()) {
            byPhone.put(p.phone(), p);
        }
        List<String> mismatches = new ArrayList<>();
        int failedOver = 0;
        for (int id = 0; id < sim.phoneCount(); id++) {
            WireMoments.Moments truth = sim.wireMoments(id);
            PhoneFailover seen = byPhone.get(sim.phoneAddress(id).address());
            if (truth.gatewayRegistered() >= 0) {
                failedOver++;
            }
            compare(mismatches, id, "last sign of life", truth.lastSignOfLife(), seen == null ? null : seen.lastPrimarySignNanos());
            compare(mismatches, id, "first unanswered", truth.firstUnanswered(), seen == null ? null : seen.firstUnansweredNanos());
            compare(mismatches, id, "first to gateway", truth.firstRequestToGateway(),
                    seen == null ? null : seen.firstGatewayRequestNanos());
            compare(mismatches, id, "gateway registered", truth.gatewayRegistered(),
                    seen == null ? null : seen.gatewayRegisteredNanos());
            compare(mismatches, id, "failback", truth.failback(), seen == null ? null : seen.failbackNanos());
        }
        assertThat(failedOver).as("phones that failed over").isGreaterThan(sim.phoneCount() / 2);
        assertThat(mismatches).as("per-phone moments where the wire and the truth differ").isEmpty();

        var truth = sim.wireCounts();
        assertThat(truth.registrationAttempts()).as("enough registrations to compare").isGreaterThan(2L * sim.phoneCount());
        assertThat(truth.challenges()).isPositive();
        assertThat(truth.callAttempts()).as("enough calls to compare").isGreaterThan(sim.phoneCount() / 4);
        assertThat(wire.registrations().attempts()).as("registration attempts").isEqualTo(truth.registrationAttempts());
        assertThat(wire.registrations().succeeded()).as("registrations").isEqualTo(truth.registrationsSucceeded());
        assertThat(wire.registrations().challenges()).as("challenges").isEqualTo(truth.challenges());
        assertThat(wire.calls().attempts()).as("call attempts").isEqualTo(truth.callAttempts());
        assertThat(wire.calls().outcomes()).as("calls by outcome").isEqualTo(truth.callOutcomes());
    }

    private static void compare(List<String> out, int phone, String what, long truth, Long wire) {
        long w = wire == null ? -1 : wire;
        if (w != truth) {
            out.add("phone " + phone + " " + what + ": truth " + truth + " wire " + w);
        }
    }
}
