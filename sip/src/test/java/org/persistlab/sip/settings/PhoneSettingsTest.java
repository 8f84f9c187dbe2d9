package org.persistlab.sip.settings;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.Transport;

class PhoneSettingsTest {

    static PhoneSettings parse(String text) {
        return PhoneSettings.parse("p.txt", text.getBytes(UTF_8));
    }

    @Test
    void theSampleIsReadWithAcoFirstAndIpOfficeSecond() throws IOException {
        PhoneSettings s = PhoneSettings.parse("sample", Files.readAllBytes(SettingsFileTest.SAMPLE));
        assertThat(s.findings()).isEmpty();
        assertThat(s.controllers()).containsExactly(
                ControllerEntry.of("aco.example.net", 5096, Transport.TLS),
                ControllerEntry.of("192.0.2.10", 5060, Transport.TCP));
        assertThat(s.forceSipUsername()).contains("16505550142");
        assertThat(s.forceSipPassword()).contains("Xq7rT2mVb9Lk");
        assertThat(s.forceSipExtension()).contains("142");
        assertThat(s.regProxyPolicy()).isEqualTo(RegProxyPolicy.ALTERNATE);
        assertThat(s.simultaneousRegistrations()).isEqualTo(1);
        assertThat(s.failbackPolicy()).isEqualTo(FailbackPolicy.AUTO);
        assertThat(s.emergencyNumbers()).containsExactly("911");
    }

    // Every expected value below is read from domain.md §1.1 / §6 or the brief, not from our code.
    @Test
    void anEmptyFileGivesTheDocumentedDefaults() {
        PhoneSettings s = PhoneSettings.defaults();
        assertThat(s.registerWaitSeconds()).isEqualTo(900);
        assertThat(s.recoveryRegisterWaitSeconds()).isEqualTo(60);
        assertThat(s.waitForRegistrationSeconds()).isEqualTo(32);
        assertThat(s.controllerSearchIntervalSeconds()).isEqualTo(16);
        assertThat(s.fastResponseTimeoutSeconds()).isEqualTo(4);
        assertThat(s.failbackPolicy()).isEqualTo(FailbackPolicy.AUTO);
        assertThat(s.regProxyPolicy()).isEqualTo(RegProxyPolicy.SIMULTANEOUS);
        assertThat(s.simultaneousRegistrations()).isEqualTo(5);
        assertThat(s.tcpKeepAliveEnabled()).isTrue();
        assertThat(s.tcpKeepAliveTimeSeconds()).isEqualTo(45);
        assertThat(s.tcpKeepAliveIntervalSeconds()).isEqualTo(10);
        assertThat(s.tcpKeepAliveProbes()).isEqualTo(3);
        assertThat(s.connectionReuse()).isTrue();
        assertThat(s.optionsIntervalSeconds()).isEqualTo(30);
        assertThat(s.optionsTimeoutSeconds()).isEqualTo(32);
        assertThat(s.optionsFailures()).isEqualTo(1);
        assertThat(s.mediaPreservation()).isTrue();
        assertThat(s.preservedConnectionMinutes()).isEqualTo(120);
        assertThat(s.emergencyNumbers()).containsExactly("911");
        assertThat(s.controllers()).isEmpty();
        assertThat(s.forceSipUsername()).isEmpty();
        assertThat(s.intValue(Parameters.THIRD_PARTY_SERVER_MODE)).isZero();
        assertThat(s.flag(Parameters.ENABLE_SHOW_EMERG_SK)).isEmpty();
        assertThat(s.findings()).isEmpty();
    }

    @Test
    void aValueOutOfRangeIsAnErrorOnItsLineAndTheDefaultApplies() {
        PhoneSettings s = parse("## x\nSET REGISTERWAIT 20\nSET FAST_RESPONSE_TIMEOUT 33\nSET TCP_KEEP_ALIVE_TIME 10\n");
        assertThat(s.findings()).extracting(Finding::line).containsExactly(2, 3);
        assertThat(s.findings()).allMatch(Finding::isError);
        assertThat(s.findings().get(0).message()).contains("REGISTERWAIT 20 is out of range 30-86400 s")
                .contains("default 900 s applies");
        assertThat(s.registerWaitSeconds()).isEqualTo(900);
        assertThat(s.fastResponseTimeoutSeconds()).isEqualTo(4);
        assertThat(s.tcpKeepAliveTimeSeconds()).isEqualTo(10);
        assertThat(s.hasErrors()).isTrue();
    }

    @Test
    void rangeEndsAreAllowed() {
        PhoneSettings s = parse("SET REGISTERWAIT 30\nSET RECOVERYREGISTERWAIT 36000\nSET FAST_RESPONSE_TIMEOUT 0\n"
                + "SET SIMULTANEOUS_REGISTRATIONS 5\nSET TCP_KEEP_ALIVE_INTERVAL 60\nSET 3PCC_SERVER_MODE 5\n");
        assertThat(s.findings()).isEmpty();
        assertThat(s.registerWaitSeconds()).isEqualTo(30);
        assertThat(s.recoveryRegisterWaitSeconds()).isEqualTo(36000);
        assertThat(s.fastResponseTimeoutSeconds()).isZero();
    }

    @Test
    void unreadableValuesAreErrorsAndEmptyOnesWarnings() {
        PhoneSettings s = parse("SET REGISTERWAIT 5min\nSET FAILBACK_POLICY never\nSET TCP_KEEP_ALIVE_STATUS 2\n"
                + "SET WAIT_FOR_REGISTRATION_TIMER \"\"\nSET SIPREGPROXYPOLICY \"Alternate\"\n"
                + "SET REGISTERWAIT 99999999999999999999\n");
        assertThat(s.findings()).extracting(Finding::line, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(2, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(3, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(4, Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple(6, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(6, Severity.WARNING));
        assertThat(s.findings().get(0).message()).contains("whole number").contains("5min");
        assertThat(s.failbackPolicy()).isEqualTo(FailbackPolicy.AUTO);
        assertThat(s.regProxyPolicy()).isEqualTo(RegProxyPolicy.ALTERNATE);
        assertThat(s.registerWaitSeconds()).isEqualTo(900);
    }

    @Test
    void aBadLastSetFallsBackToTheDefaultNotToAnEarlierLine() {
        PhoneSettings s = parse("SET REGISTERWAIT 300\nSET REGISTERWAIT 1\n");
        assertThat(s.registerWaitSeconds()).isEqualTo(900);
    }

    @Test
    void controllerListProblemsAreErrorsNamingLineAndColumn() {
        PhoneSettings s = parse("## c\nSET SIP_CONTROLLER_LIST aco.example.net:5096;transport=tls,192.0.2.10:5060;transport=udp x\n");
        // The unquoted value runs to the end of the line, so the space is inside the list. Counted by hand:
        // the value starts at column 25, entry 2 at value column 36, its space 29 characters in: 25 + 36 + 29 - 1.
        assertThat(s.findings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).contains("entry 2").contains("space").contains("column 89");
        });
        assertThat(s.controllers()).extracting(ControllerEntry::host).containsExactly("aco.example.net");
    }

    @Test
    void emergencyNumbersJoinBothParametersWithoutRepeats() {
        PhoneSettings s = parse("SET PHNEMERGNUM 911\nSET PHNMOREEMERGNUMS \"933,911, 112\"\n");
        assertThat(s.emergencyNumbers()).containsExactly("911", "933", "112");
    }

    @Test
    void theTemplateNameForThePreservedCallDurationIsUnderstood() {
        assertThat(parse("SET PRESERVED_CALL_DURATION 30\n").preservedConnectionMinutes()).isEqualTo(30);
        assertThat(parse("SET PRESERVED_CALL_DURATION 30\nSET PRESERVED_CONNECTION_DURATION 60\n")
                .preservedConnectionMinutes()).isEqualTo(60);
        assertThat(parse("SET PRESERVED_CONNECTION_DURATION 121\n").findings()).hasSize(1);
    }

    @Test
    void labAssumptionsAreReadAndRangeChecked() {
        PhoneSettings s = parse("SET LAB_OPTIONS_INTERVAL 15\nSET LAB_OPTIONS_TIMEOUT 65\nSET LAB_OPTIONS_FAILURES 3\n"
                + "SET LAB_TCP_KEEP_ALIVE_PROBES 0\n");
        assertThat(s.optionsIntervalSeconds()).isEqualTo(15);
        assertThat(s.optionsTimeoutSeconds()).isEqualTo(32);
        assertThat(s.optionsFailures()).isEqualTo(3);
        assertThat(s.tcpKeepAliveProbes()).isEqualTo(3);
        assertThat(s.findings()).extracting(Finding::line).containsExactly(2, 4);
    }
}
