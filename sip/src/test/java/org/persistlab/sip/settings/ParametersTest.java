package org.persistlab.sip.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void everyParameterOfDomainSection11IsDefined() {
        // The names of domain.md §1.1's table, typed in from the document.
        List<String> domain = List.of("SIP_CONTROLLER_LIST", "CONTROLLER_SEARCH_INTERVAL", "FAST_RESPONSE_TIMEOUT",
                "RECOVERYREGISTERWAIT", "REGISTERWAIT", "WAIT_FOR_REGISTRATION_TIMER", "FAILBACK_POLICY",
                "SIPREGPROXYPOLICY", "SIMULTANEOUS_REGISTRATIONS", "TCP_KEEP_ALIVE_STATUS", "TCP_KEEP_ALIVE_TIME",
                "TCP_KEEP_ALIVE_INTERVAL", "CONNECTION_REUSE", "MEDIA_PRESERVATION", "PRESERVED_CONNECTION_DURATION",
                "DISCOVER_AVAYA_ENVIRONMENT", "ENABLE_AVAYA_ENVIRONMENT", "ENABLE_IPOFFICE", "ENABLE_3PCC_ENVIRONMENT",
                "3PCC_SERVER_MODE", "PHNEMERGNUM", "PHNMOREEMERGNUMS", "ENABLE_SHOW_EMERG_SK",
                "ENABLE_SHOW_EMERG_SK_UNREG", "FORCE_SIP_USERNAME", "FORCE_SIP_PASSWORD", "FORCE_SIP_EXTENSION");
        for (String name : domain) {
            assertThat(Parameters.find(name)).as(name).isPresent();
            assertThat(Parameters.find(name).orElseThrow().isAssumption()).as(name).isFalse();
        }
    }

    @Test
    void theLabsOwnParametersSayTheyAreAssumptions() {
        assertThat(Parameters.all()).filteredOn(p -> p.name().startsWith("LAB_")).hasSize(4)
                .allSatisfy(p -> assertThat(p.source()).startsWith("ASSUMPTION:"));
    }

    @Test
    void everyParameterNamesItsSource() {
        assertThat(Parameters.all()).allSatisfy(p -> assertThat(p.source()).matches("(?s).*(\\[[A-Z0-9-]+\\]|ASSUMPTION|brief).*"));
        assertThat(Parameters.all()).extracting(ParameterDef::name).doesNotHaveDuplicates();
    }

    @Test
    void lookupIgnoresCaseAndRangesReadAsWords() {
        assertThat(Parameters.find("registerwait")).contains(Parameters.REGISTERWAIT);
        assertThat(Parameters.find("NOT_A_PARAMETER")).isEmpty();
        assertThat(Parameters.REGISTERWAIT.range()).isEqualTo("30-86400 s");
        assertThat(Parameters.FAILBACK_POLICY.range()).isEqualTo("auto|admin");
        assertThat(Parameters.PRESERVED_CONNECTION_DURATION.unit()).isEqualTo("min");
    }
}
