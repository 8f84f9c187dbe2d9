package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;
import org.persistlab.sip.Via;

/** How the gateway recognises itself in a Route: our own Record-Route values take a shortcut that must agree with parsing. */
class GatewayIdentityTest {
    static Stream<Arguments> identities() {
        return Stream.of(
                Arguments.of("192.0.2.10:5060", "192.0.2.10:5061"),
                Arguments.of("10.0.0.1:5070", "10.0.0.2:5071"),
                Arguments.of("[2001:db8::1]:5060", "[2001:db8::1]:5061"),
                Arguments.of("[2001:DB8::a]:5060", "[2001:db8::A]:5061"));
    }

    @ParameterizedTest
    @MethodSource("identities")
    void ourRecordRouteIsUsWithOrWithoutTheShortcut(String udpTcp, String tls) {
        GatewayIdentity us = identity(udpTcp, tls);
        for (Transport t : Transport.values()) {
            String rr = us.recordRoute(t);
            // padding defeats the exact-match shortcut, so the second answer comes from parsing
            assertThat(us.isUs(rr)).as(rr).isEqualTo(us.isUs(" " + rr + " ")).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("identities")
    void ourViaIsFoundWhereParsingFindsItsBranch(String udpTcp, String tls) {
        GatewayIdentity us = identity(udpTcp, tls);
        for (Transport t : Transport.values()) {
            for (String branch : new String[] {"z9hG4bKipo1", "z9hG4bKipoffffffffffffffff", "z9hG4bKipo7a"}) {
                String via = us.via(t, branch);
                byte[] b = ("xx" + via + "yy").getBytes(StandardCharsets.US_ASCII);
                int at = us.branchAfterOurSentBy(b, 2, b.length - 2);
                assertThat(new String(b, at, b.length - 2 - at, StandardCharsets.US_ASCII)).isEqualTo(branch)
                        .isEqualTo(Via.parse(via).branch());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("identities")
    void theBytesWrittenAreTheStrings(String udpTcp, String tls) {
        GatewayIdentity us = identity(udpTcp, tls);
        for (Transport t : Transport.values()) {
            assertThat(new String(us.sentByBytes(t), StandardCharsets.UTF_8) + "z9hG4bKipo2a")
                    .isEqualTo(us.via(t, "z9hG4bKipo2a"));
            assertThat(new String(us.recordRouteBytes(t), StandardCharsets.UTF_8)).isEqualTo(us.recordRoute(t));
        }
    }

    @Test
    void anotherSentByIsNotOurs() {
        GatewayIdentity us = identity("192.0.2.10:5060", "192.0.2.10:5061");
        for (String via : new String[] {"SIP/2.0/UDP 192.0.2.11:5060;branch=z9hG4bKipo1",
                "SIP/2.0/UDP 192.0.2.10:5061;branch=z9hG4bKipo1", "SIP/2.0/UDP 192.0.2.10:5060;branch=",
                "SIP/2.0/UDP 192.0.2.10:5060", "SIP/2.0/XYZ 192.0.2.10:5060;branch=z9hG4bKipo1"}) {
            byte[] b = via.getBytes(StandardCharsets.US_ASCII);
            assertThat(us.branchAfterOurSentBy(b, 0, b.length)).as(via).isEqualTo(-1);
        }
    }

    @Test
    void otherRoutesAreParsed() {
        GatewayIdentity us = identity("192.0.2.10:5060", "192.0.2.10:5061");
        assertThat(us.isUs("<sip:192.0.2.10;lr>")).isTrue();
        assertThat(us.isUs("<sip:192.0.2.10:5061;lr;transport=tls>")).isTrue();
        assertThat(us.isUs("<sip:192.0.2.11:5060;lr;transport=tcp>")).isFalse();
        assertThat(us.isUs("<sip:192.0.2.10:5062;lr>")).isFalse();
        assertThat(us.isUs("<sip:[bad;lr>")).isFalse();
    }

    private static GatewayIdentity identity(String udpTcp, String tls) {
        return new GatewayIdentity(GatewayConfig.builder().udpTcpEndpoint(Endpoint.parse(udpTcp))
                .tlsEndpoint(Endpoint.parse(tls)).build());
    }
}
