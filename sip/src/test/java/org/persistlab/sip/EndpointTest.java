package org.persistlab.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EndpointTest {
    @Test
    void parsesAndPrintsIpv4AndIpv6() {
        assertThat(Endpoint.parse("192.0.2.10:5061").toString()).isEqualTo("192.0.2.10:5061");
        assertThat(Endpoint.parse("[2001:DB8:0:0:0:0:0:1]:5060").toString()).isEqualTo("[2001:db8::1]:5060");
        assertThat(Endpoint.parse("::ffff:192.0.2.1").isIpv4()).isTrue();
        assertThat(Endpoint.parse("10.0.0.1").port()).isZero();
        assertThat(Endpoint.parse("[::1]:1").address()).isEqualTo("::1");
        assertThat(Endpoint.parse("10.0.0.1:5060").host()).isEqualTo(Endpoint.parse("10.0.0.1:9"  ).host());
    }

    @Test
    void rejectsWhatIsNotAnIpLiteral() {
        assertThatThrownBy(() -> Endpoint.parse("aco.example.net:5061")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aco.example.net");
        assertThatThrownBy(() -> Endpoint.parse("10.0.0.256")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoint.parse("10.0.0.1:70000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoint.parse("1::2::3")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The JDK's InetAddress is the oracle for address bytes and text. */
    @Property(tries = 300)
    void agreesWithInetAddress(@ForAll @Size(16) byte[] v6, @ForAll @Size(4) byte[] v4,
                               @ForAll @IntRange(max = 65535) int port) throws Exception {
        for (byte[] raw : new byte[][] {v4, v6}) {
            InetAddress ia = InetAddress.getByAddress(raw);
            Endpoint e = Endpoint.of(raw, port);
            if (ia instanceof java.net.Inet4Address) {
                assertThat(e.addressBytes()).isEqualTo(ia.getAddress());
            }
            assertThat(InetAddress.getByName(e.address()).getAddress()).isEqualTo(ia.getAddress());
            assertThat(Endpoint.parse(e.toString())).isEqualTo(e);
        }
    }
}
