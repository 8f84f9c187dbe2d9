package org.persistlab.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.sim.gateway.GatewayEvent;
import org.persistlab.sim.phone.CallKind;
import org.persistlab.sim.phone.CallOutcome;
import org.persistlab.sim.phone.LossTrigger;
import org.persistlab.sim.phone.PhoneEvent;
import org.persistlab.sim.phone.ServiceState;
import org.persistlab.sim.scenario.Scenario;
import org.persistlab.sim.scenario.ScenarioParser;
import org.persistlab.sim.truth.LicenseOutcome;
import org.persistlab.sip.settings.PersistSettingsGenerator;

class SimulationTest {
    private static final long S = 1_000_000_000L;

    private static Scenario scenario(String text) {
        ScenarioParser.Result r = ScenarioParser.parse("test", text);
        assertThat(r.errors()).isEmpty();
        return r.scenario();
    }

    private static Simulation run(String text, Path dir) throws ScenarioException {
        Simulation sim = Simulation.create(scenario(text), dir);
        sim.run();
        return sim;
    }

    /**
     * With the defaults and no calls, a phone can only notice a silent outage through its OPTIONS
     * polls (every 30 s, each unanswered for 32 s) or a re-REGISTER (same 32 s); TCP keep-alive never
     * fires because the polls keep the connection busy. So the first unanswered request leaves between
     * the fault minus one WAN round trip (a poll whose answer is cut) and the fault plus 30 s; the phone
     * gives up 32 s later; the search then waits the whole 16 s for ACO; registering at IP Office adds
     * a TCP handshake and two LAN round trips plus queueing at 2 ms per REGISTER. Hence every latency
     * lies in [32 + 16 - 0.2, 30 + 32 + 16 + 1] s.
     */
    @Test
    void everyPhonesFailoverLatencyLiesWithinTheDetectionBounds() throws Exception {
        Simulation sim = run("""
                sites 2
                phones 30
                duration 30m
                calls.rate 0/h
                calls.incoming.rate 0/h
                """, Path.of("."));
        RunReport r = sim.report();
        assertThat(r.truth().affectedPhones()).isEqualTo(60);
        assertThat(r.failover().count()).as("every phone failed over").isEqualTo(60);
        for (long latency : r.truth().failoverNanos()) {
            assertThat(latency).isBetween(48 * S - 200_000_000L, 79 * S);
        }
        assertThat(r.truth().triggers().get(LossTrigger.OPTIONS_UNANSWERED)).isEqualTo(60);
        // ...and they all came back to ACO after the outage (failback policy auto).
        assertThat(sim.stateCounts().get(ServiceState.ON_ACO)).isEqualTo(60);
    }

    @Test
    void tenLicensesForTwelvePhonesGoInRegistrationOrderAndTheOtherTwoReachOnly911() throws Exception {
        Simulation sim = Simulation.create(scenario("""
                sites 1
                phones 12
                licenses 10
                duration 60m
                outage.start 5m
                outage.duration 50m
                calls.rate 40/h
                calls.emergency 0.3
                calls.internal 0
                calls.incoming.rate 0/h
                """), Path.of("."));
        Map<String, Long> registeredAt = new TreeMap<>();
        Map<String, Boolean> licensed = new HashMap<>();
        List<GatewayEvent> calls = new ArrayList<>();
        sim.addGatewayListener((site, e) -> {
            if (e instanceof GatewayEvent.RegistrationAccepted a && !a.refresh()) {
                registeredAt.putIfAbsent(a.extension(), a.timeNanos());
                licensed.putIfAbsent(a.extension(), a.licensed());
            } else if (e instanceof GatewayEvent.CallRouted || e instanceof GatewayEvent.CallRefused) {
                calls.add(e);
            }
        });
        sim.run();
        assertThat(registeredAt).hasSize(12);
        List<String> order = registeredAt.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).toList();
        assertThat(order.subList(0, 10)).allMatch(licensed::get);
        assertThat(order.subList(10, 12)).noneMatch(licensed::get);
        Set<String> unlicensed = new HashSet<>(order.subList(10, 12));
        long emergencyRouted = calls.stream().filter(e -> unlicensed.contains(e.extension())
                && e instanceof GatewayEvent.CallRouted c && c.kind() == GatewayEvent.CallKind.EMERGENCY).count();
        long otherRouted = calls.stream().filter(e -> unlicensed.contains(e.extension())
                && e instanceof GatewayEvent.CallRouted c && c.kind() != GatewayEvent.CallKind.EMERGENCY).count();
        long refused = calls.stream().filter(e -> unlicensed.contains(e.extension())
                && e instanceof GatewayEvent.CallRefused c && c.reason() == GatewayEvent.CallRefusal.EMERGENCY_ONLY)
                .count();
        assertThat(emergencyRouted).as("911 calls of unlicensed phones that went through").isPositive();
        assertThat(refused).as("other calls of unlicensed phones, refused").isPositive();
        assertThat(otherRouted).as("other calls of unlicensed phones that went through").isZero();
        RunReport r = sim.report();
        assertThat(r.truth().licenses().get(LicenseOutcome.LICENSED)).isEqualTo(10);
        assertThat(r.truth().licenses().get(LicenseOutcome.EMERGENCY_ONLY)).isEqualTo(2);
    }

    @Test
    void aPhoneWhoseIpOfficeUserHasAnotherPasswordNeverRegistersThere(@TempDir Path dir) throws Exception {
        var phones = PersistSettingsGenerator.generate(4, 5, 201, null);
        Path own = Files.createDirectories(dir.resolve("phones"));
        Path users = Files.createDirectories(dir.resolve("users"));
        for (var p : phones) {
            Files.write(own.resolve(p.fileName()), p.bytes());
            String text = new String(p.bytes(), StandardCharsets.UTF_8);
            if (p.extension().equals(phones.get(2).extension())) {
                text = text.replace("SET FORCE_SIP_PASSWORD \"" + p.password() + "\"",
                        "SET FORCE_SIP_PASSWORD \"mistyped-" + p.password() + "\"");
                assertThat(text).contains("mistyped-");
            }
            Files.writeString(users.resolve(p.fileName()), text);
        }
        Simulation sim = Simulation.create(scenario("""
                duration 20m
                outage.start 3m
                outage.duration 15m
                calls.rate 0/h
                calls.incoming.rate 0/h
                site hq phones=4 settings=phones users=users
                """), dir);
        List<GatewayEvent> accepted = new ArrayList<>();
        List<GatewayEvent.RegistrationRefused> refused = new ArrayList<>();
        Set<Integer> limited = new HashSet<>();
        sim.addPhoneListener(e -> {
            if (e instanceof PhoneEvent.StateChanged st && st.state() == ServiceState.LIMITED_SERVICE) {
                limited.add(e.phone());
            }
        });
        sim.addGatewayListener((site, e) -> {
            if (e instanceof GatewayEvent.RegistrationAccepted) {
                accepted.add(e);
            } else if (e instanceof GatewayEvent.RegistrationRefused r) {
                refused.add(r);
            }
        });
        sim.run();
        String wrong = phones.get(2).username();
        assertThat(accepted).extracting(GatewayEvent::extension).doesNotContain(wrong).hasSizeGreaterThanOrEqualTo(3);
        assertThat(refused).isNotEmpty().allSatisfy(r -> {
            assertThat(r.extension()).isEqualTo(wrong);
            assertThat(r.status()).isEqualTo(403);
        });
        // Files are taken in name order, so the mistyped one (the third) is phone 2.
        assertThat(limited).containsExactlyInAnyOrder(0, 1, 3);
    }

    @Test
    void aConnectedCallIsNotCutAndTheFailoverWaitsUntilItEnds() throws Exception {
        Simulation sim = Simulation.create(scenario("""
                sites 1
                phones 20
                duration 40m
                outage.start 10m
                outage.duration 20m
                calls.rate 12/h
                calls.internal 0
                calls.emergency 0
                calls.holding const(240s)
                calls.incoming.rate 0/h
                """), Path.of("."));
        long fault = 10 * 60 * S;
        Map<Integer, List<PhoneEvent>> byPhone = new HashMap<>();
        sim.addPhoneListener(e -> byPhone.computeIfAbsent(e.phone(), k -> new ArrayList<>()).add(e));
        sim.run();
        int spanning = 0;
        for (List<PhoneEvent> events : byPhone.values()) {
            for (PhoneEvent e : events) {
                if (!(e instanceof PhoneEvent.CallFinished c) || c.call().kind() == CallKind.INCOMING) {
                    continue;
                }
                long answered = c.call().startedAt() + c.call().setupDelay();
                long hangUp = answered + 240 * S;
                if (c.call().setupDelay() < 0 || answered >= fault || hangUp <= fault + 32 * S) {
                    continue;
                }
                // Connected across the point where the phone would otherwise have given ACO up.
                spanning++;
                assertThat(c.call().outcome()).isIn(CallOutcome.COMPLETED, CallOutcome.ANSWERED_BYE_FAILED);
                assertThat(c.at()).as("the call ran its full holding time").isGreaterThanOrEqualTo(hangUp);
                PhoneEvent.LossDetected loss = events.stream().filter(x -> x instanceof PhoneEvent.LossDetected)
                        .map(x -> (PhoneEvent.LossDetected) x).findFirst().orElseThrow();
                assertThat(loss.at()).as("failover only after the hang-up").isGreaterThanOrEqualTo(hangUp);
            }
        }
        assertThat(spanning).as("calls that were up across the detection point").isPositive();
    }

    @Test
    void aResettingOutageIsNoticedAtOnceThroughTheConnection() throws Exception {
        Simulation sim = run("""
                sites 1
                phones 10
                duration 20m
                outage.mode reset
                outage.start 5m
                calls.rate 0/h
                calls.incoming.rate 0/h
                """, Path.of("."));
        RunReport r = sim.report();
        assertThat(r.truth().triggers().get(LossTrigger.CONNECTION_LOST)).isEqualTo(10);
        // The RST arrives one LAN delay after the fault; the search's probe to ACO is refused at once
        // too, so the phone need not wait CONTROLLER_SEARCH_INTERVAL for it: a TCP handshake, OPTIONS,
        // and REGISTER/401/REGISTER/200 on the LAN (about 10 LAN round trips of 1 ms and two 2 ms
        // REGISTER services) and it is in Limited Service: well under a second, against about a minute
        // for a silent outage.
        assertThat(r.failover().count()).isEqualTo(10);
        for (long latency : r.truth().failoverNanos()) {
            assertThat(latency).isBetween(10_000_000L, 1_000_000_000L);
        }
    }

    @Test
    void theSameScenarioAndSeedGiveTheSameReportAndAnotherSeedAnother() throws Exception {
        String text = """
                sites 2
                phones 15
                duration 25m
                outage.start 5m
                calls.rate 6/h
                """;
        Map<String, Object> a = run(text, Path.of(".")).report().toTree();
        Map<String, Object> b = run(text, Path.of(".")).report().toTree();
        Map<String, Object> c = run(text + "seed 2\n", Path.of(".")).report().toTree();
        assertThat(a).isEqualTo(b);
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void anOutageOfOneSiteLeavesTheOtherSitesAlone() throws Exception {
        Simulation sim = run("""
                duration 30m
                calls.rate 0/h
                calls.incoming.rate 0/h
                outage.sites branch
                site hq phones=10
                site branch phones=6
                """, Path.of("."));
        RunReport r = sim.report();
        assertThat(r.truth().affectedPhones()).isEqualTo(6);
        assertThat(r.failover().count()).isEqualTo(6);
        // The hq phones never lost ACO: no time without service; the branch phones lost a minute or so.
        assertThat(r.truth().noService().count()).isEqualTo(16);
        assertThat(r.truth().noService().p50()).as("at least half the phones (hq) lost nothing").isZero();
        assertThat(r.truth().noService().max()).isGreaterThan(40_000.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCallsPerSecondSeriesCountsEachOutgoingAttemptInTheSecondItStarted() throws Exception {
        Simulation sim = Simulation.create(scenario("""
                sites 1
                phones 40
                duration 20m
                outage.start 5m
                outage.duration 8m
                calls.rate 30/h
                """), Path.of("."));
        int seconds = 20 * 60;
        long[] attempts = new long[seconds];
        long[] failed = new long[seconds];
        sim.addPhoneListener(e -> {
            if (e instanceof PhoneEvent.CallFinished c && c.call().kind() != CallKind.INCOMING
                    && c.call().outcome() != CallOutcome.BUSY_LOCAL) {
                int second = (int) (c.call().startedAt() / S);
                attempts[second]++;
                if (c.call().outcome() != CallOutcome.COMPLETED) {
                    failed[second]++;
                }
            }
        });
        sim.run();
        Map<String, Object> tree = sim.report().toTree();
        Map<String, Object> series = (Map<String, Object>) ((Map<String, Object>) tree.get("series")).get("calls_per_s");
        List<Long> a = (List<Long>) series.get("attempts");
        List<Long> f = (List<Long>) series.get("failed");
        assertThat(a).hasSize(seconds).containsExactly(java.util.Arrays.stream(attempts).boxed().toArray(Long[]::new));
        assertThat(f).hasSize(seconds).containsExactly(java.util.Arrays.stream(failed).boxed().toArray(Long[]::new));
        Map<String, Object> calls = (Map<String, Object>) tree.get("calls");
        long outgoingAttempts = a.stream().mapToLong(Long::longValue).sum();
        assertThat(outgoingAttempts).as("some calls were made").isPositive();
        assertThat(calls.get("attempts")).as("the report's total counts the same attempts").isEqualTo(outgoingAttempts);
        assertThat(f.stream().mapToLong(Long::longValue).sum()).as("failures during the outage").isPositive();
    }
}
