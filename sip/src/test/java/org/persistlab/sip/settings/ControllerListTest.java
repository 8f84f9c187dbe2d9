package org.persistlab.sip.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.persistlab.sip.Transport;

class ControllerListTest {

    @Test
    void readsTheDesignExampleAcoFirstIpOfficeSecond() {
        ControllerList l = ControllerList.parse("aco.example.net:5096;transport=tls,192.0.2.10:5060;transport=tcp");
        assertThat(l.problems()).isEmpty();
        assertThat(l.entries()).containsExactly(
                new ControllerEntry("aco.example.net", 5096, Transport.TLS, true, true),
                new ControllerEntry("192.0.2.10", 5060, Transport.TCP, true, true));
    }

    // Defaults per [46XX-TPL], [9608-ADM]: transport TLS; port 5061 for TLS, 5060 for TCP and UDP.
    @ParameterizedTest
    @CsvSource({
            "host.example.net,                host.example.net, 5061, TLS, false, false",
            "192.0.2.1;transport=tcp,         192.0.2.1,        5060, TCP, false, true",
            "192.0.2.1;transport=UDP,         192.0.2.1,        5060, UDP, false, true",
            "192.0.2.1:5070,                  192.0.2.1,        5070, TLS, true,  false",
            "[2001:db8::1]:5061,              2001:db8::1,      5061, TLS, true,  false",
            "[2001:db8::1];transport=tcp,     2001:db8::1,      5060, TCP, false, true",
            "[::ffff:192.0.2.1],              ::ffff:192.0.2.1, 5061, TLS, false, false",
    })
    void fillsInTheDocumentedDefaults(String text, String host, int port, Transport t, boolean portGiven,
                                      boolean transportGiven) {
        ControllerList l = ControllerList.parse(text);
        assertThat(l.problems()).isEmpty();
        assertThat(l.entries()).containsExactly(new ControllerEntry(host, port, t, portGiven, transportGiven));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a.example.net,,192.0.2.1           | 2 | 15 | is empty",
            "a.example.net,                      | 2 | 15 | is empty",
            "a.example.net, 192.0.2.1            | 2 | 15 | contains a space",
            "192.0.2.1:70000                     | 1 | 11 | bad port '70000'",
            "192.0.2.1:                          | 1 | 11 | no port",
            "192.0.2.1:50x0                      | 1 | 11 | bad port",
            "192.0.2.1;transport=sctp            | 1 | 11 | unknown transport 'sctp'",
            "192.0.2.1;transport=auto            | 1 | 11 | transport=auto",
            "192.0.2.1;maddr=x                   | 1 | 11 | unknown parameter 'maddr=x'",
            "192.0.2.1;transport=tls;transport=tcp | 1 | 25 | transport= twice",
            "2001:db8::1                         | 1 | 1  | in brackets",
            "[2001:db8::1                        | 1 | 1  | without a closing",
            "[2001:zz8::1]:5061                  | 1 | 2  | not an IPv6 address",
            "192.0.2.300                         | 1 | 1  | not an IPv4 address",
            "bad_host.example.net                | 1 | 1  | not a host name",
            "x.example.net,-bad.example.net      | 2 | 15 | not a host name",
    })
    void reportsBadEntriesNamingTheEntryAndColumn(String text, int entry, int column, String words) {
        ControllerList l = ControllerList.parse(text);
        assertThat(l.problems()).singleElement().satisfies(p -> {
            assertThat(p.entry()).isEqualTo(entry);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains("entry " + entry).contains(words);
        });
        assertThat(l.isValid()).isFalse();
    }

    @Test
    void goodEntriesAreStillReadWhenAnotherIsBad() {
        ControllerList l = ControllerList.parse("aco.example.net:5096;transport=tls,192.0.2.10:99999");
        assertThat(l.entries()).extracting(ControllerEntry::host).containsExactly("aco.example.net");
        assertThat(l.problems()).hasSize(1);
    }

    @Test
    void anOverlongListIsAProblem() {
        String longHost = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60);
        ControllerList l = ControllerList.parse(longHost + "," + longHost.replace('a', 'e'));
        assertThat(l.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("255"));
    }

    @Test
    void writesEntriesBackCanonically() {
        assertThat(new ControllerEntry("2001:db8::1", 5061, Transport.TLS, true, false).text())
                .isEqualTo("[2001:db8::1]:5061");
        assertThat(ControllerEntry.of("192.0.2.10", 5060, Transport.TCP).text())
                .isEqualTo("192.0.2.10:5060;transport=tcp");
        assertThat(new ControllerEntry("h.example.net", 5061, Transport.TLS, false, false).explicit().text())
                .isEqualTo("h.example.net:5061;transport=tls");
        assertThat(ControllerList.parse("A.example.net;TRANSPORT=TCP").entries().get(0).text())
                .isEqualTo("A.example.net;transport=tcp");
    }

    @Test
    void theGatewayIsAppendedAfterTheAcoEntry() {
        ControllerList l = ControllerList.parse("aco.example.net:5096;TRANSPORT=TLS");
        ControllerList patched = l.withGateway(ControllerEntry.of("192.0.2.10", 5060, Transport.TCP));
        assertThat(patched.text()).isEqualTo("aco.example.net:5096;TRANSPORT=TLS,192.0.2.10:5060;transport=tcp");
    }

    @Test
    void theGatewayReplacesTheSecondEntryAndIsNeverListedTwice() {
        ControllerEntry gw = ControllerEntry.of("192.0.2.20", 5061, Transport.TLS);
        ControllerList l = ControllerList.parse("aco.example.net,192.0.2.10;transport=tcp,192.0.2.20,192.0.2.30");
        assertThat(l.withGateway(gw).text()).isEqualTo("aco.example.net,192.0.2.20:5061;transport=tls,192.0.2.30");
    }

    @Test
    void anEquivalentSecondEntryIsKeptAsWrittenSoPatchingTwiceChangesNothing() {
        ControllerList l = ControllerList.parse("aco.example.net,192.0.2.10:5061");
        assertThat(l.withGateway(ControllerEntry.of("192.0.2.10", 5061, Transport.TLS)).text()).isEqualTo(l.text());
    }

    @Test
    void aGatewayNeedsAValidListWithAnAcoEntry() {
        ControllerEntry gw = ControllerEntry.of("192.0.2.10", 5060, Transport.TCP);
        assertThatThrownBy(() -> ControllerList.parse("").withGateway(gw)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no ACO entry");
        assertThatThrownBy(() -> ControllerList.parse("a, b").withGateway(gw))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("problems");
    }
}
