package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.sip.Transport;

/**
 * The registration-rate search end to end, cut short: a few small trials over UDP and TCP against
 * the in-process gateway, checking the plumbing (SIPp's counts, the gateway's, the search's steps),
 * not a speed (speed figures come from running the search itself, not from a test).
 */
class RegistrationRateSearchTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shortSearchesOverUdpAndTcpRegisterEveryUserAndStepUpByTenPercent() throws Exception {
        RateSearchOptions o = new RateSearchOptions(List.of(Transport.UDP, Transport.TCP), 100, 200, 0.10, 10, 2,
                Duration.ofSeconds(5), 0.5, dir, 7);
        StringWriter text = new StringWriter();
        List<RegistrationRateSearch.Outcome> outcomes = new RegistrationRateSearch().run(o, new PrintWriter(text, true));

        assertThat(outcomes).extracting(RegistrationRateSearch.Outcome::transport)
                .containsExactly(Transport.UDP, Transport.TCP);
        for (RegistrationRateSearch.Outcome out : outcomes) {
            assertThat(out.trials()).as(text.toString()).hasSize(2);
            assertThat(out.trials()).extracting(RegistrationTrial.Result::rate).containsExactly(200L, 220L);
            assertThat(out.trials()).allSatisfy(t -> {
                assertThat(t.attempted()).isEqualTo(100);
                assertThat(t.established()).isEqualTo(100);
                assertThat(t.gatewayAccepted()).as("the gateway agrees with SIPp").isEqualTo(100);
                assertThat(t.passed()).as(t.verdict()).isTrue();
            });
            assertThat(out.registrationRate()).isEqualTo(220);
            assertThat(out.converged()).as("two trials cannot confirm ten times").isFalse();
        }
        assertThat(text.toString()).contains("Registration Rate over UDP: 220").contains("Registration Rate over TCP: 220")
                .contains("stopped at the trial limit");
    }

    @Test
    void theBenchmarkDrivesTheScenarioTheTestsProve() throws Exception {
        String tested = Files.readString(Path.of(SippLab.scenario("register.xml")), StandardCharsets.ISO_8859_1);
        assertThat(SippScenarios.REGISTER).isEqualTo(tested);
    }
}
