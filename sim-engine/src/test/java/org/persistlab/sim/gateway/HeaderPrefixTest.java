package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.SipMessage;

/** Every prefix is the canonical name and ": ", and a line written with it parses back to that header. */
class HeaderPrefixTest {
    @ParameterizedTest
    @EnumSource(HeaderName.class)
    void isTheCanonicalNameAndASeparator(HeaderName h) {
        String prefix = new String(HeaderPrefix.of(h), StandardCharsets.UTF_8);
        assertThat(prefix).isEqualTo(h.canonical() + ": ");
        SipMessage m = SipMessage.parse("OPTIONS sip:h SIP/2.0\r\n" + prefix + "x\r\n\r\n");
        assertThat(m.headerAt(0)).isEqualTo(h);
    }
}
