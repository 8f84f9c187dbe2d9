package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/** IP-in-IP in all four combinations, GRE with its optional fields, ERSPAN II and III: the inner SIP is found. */
class TunnelTest {
    private static final byte[] REGISTER = SipSamples.request("REGISTER", "tunnel", 3, 0);
    private static final Endpoint OUTER_A = Endpoint.parse("203.0.113.1:0");
    private static final Endpoint OUTER_B = Endpoint.parse("203.0.113.2:0");
    private static final Endpoint OUTER_A6 = Endpoint.parse("[2001:db8:ff::1]:0");
    private static final Endpoint OUTER_B6 = Endpoint.parse("[2001:db8:ff::2]:0");

    @TempDir
    Path dir;

    private static byte[] innerV4() {
        return Frames.udp(Frames.A, Frames.B, REGISTER);
    }

    private static byte[] innerV6() {
        return Frames.udp(Frames.A6, Frames.B6, REGISTER);
    }

    private static byte[] outer4(int protocol, byte[] payload) {
        return Frames.ipv4(OUTER_A, OUTER_B, protocol, payload);
    }

    private static byte[] outer6(int protocol, byte[] payload) {
        return Frames.ipv6(OUTER_A6, OUTER_B6, protocol, payload);
    }

    static Stream<Arguments> tunnels() {
        byte[] innerEthernet = Frames.ether(Frames.A, Frames.B, innerV4());
        return Stream.of(
                Arguments.of("4in4", outer4(Frames.PROTO_IPIP, innerV4()), false),
                Arguments.of("6in4", outer4(Frames.PROTO_IPV6, innerV6()), true),
                Arguments.of("4in6", outer6(Frames.PROTO_IPIP, innerV4()), false),
                Arguments.of("6in6", outer6(Frames.PROTO_IPV6, innerV6()), true),
                Arguments.of("gre-ipv4", outer4(Frames.PROTO_GRE, Frames.gre(0x0800, false, null, null, innerV4())), false),
                Arguments.of("gre-key-seq-checksum-ipv6",
                        outer4(Frames.PROTO_GRE, Frames.gre(0x86DD, true, 0x1234, 42, innerV6())), true),
                Arguments.of("gre-ethernet-bridging",
                        outer6(Frames.PROTO_GRE, Frames.gre(0x6558, false, 5, null, innerEthernet)), false),
                Arguments.of("erspan-2", outer4(Frames.PROTO_GRE, Frames.erspan2(innerEthernet)), false),
                Arguments.of("erspan-3", outer4(Frames.PROTO_GRE, Frames.erspan3(innerEthernet, false)), false),
                Arguments.of("erspan-3-subheader", outer4(Frames.PROTO_GRE, Frames.erspan3(innerEthernet, true)), false),
                Arguments.of("ipip-in-gre-in-ipip",
                        outer4(Frames.PROTO_IPIP, outer4(Frames.PROTO_GRE, Frames.gre(0x0800, false, null, null,
                                outer4(Frames.PROTO_IPIP, innerV4())))), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tunnels")
    void theInnerDatagramIsDecodedWithTheInnerEndpoints(String name, byte[] outerIp, boolean innerV6) {
        byte[] frame = outerIp[0] >> 4 == 4 ? Frames.ether(OUTER_A, OUTER_B, outerIp) : Frames.ether(OUTER_A6, OUTER_B6, outerIp);
        Path file = new TestCapture(1).add(1, frame).write(dir, name + ".pcap");
        TestCapture.Decoded d = TestCapture.decode(file);
        assertThat(d.events()).singleElement().satisfies(e -> {
            assertThat(e.src()).isEqualTo(innerV6 ? Frames.A6 : Frames.A);
            assertThat(e.dst()).isEqualTo(innerV6 ? Frames.B6 : Frames.B);
            assertThat(e.transport()).isEqualTo(Transport.UDP);
            assertThat(e.message().toBytes()).isEqualTo(REGISTER);
        });
        assertThat(TsharkCheck.sipMessages(file)).isEqualTo(1);
    }

    @Test
    void tunnelsNestedDeeperThanTheLimitAreCountedNotFollowed() {
        byte[] ip = innerV4();
        for (int i = 0; i < 6; i++) {
            ip = outer4(Frames.PROTO_IPIP, ip);
        }
        TestCapture.Decoded d = TestCapture.decode(new TestCapture(101).add(1, ip).write(dir, "deep.pcap"));
        assertThat(d.events()).isEmpty();
        assertThat(d.summary().count(PacketOutcome.TUNNEL_MALFORMED)).isEqualTo(1);
    }
}
