package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Via;

/** A relayed response loses exactly its top Via, wherever the other Vias are written. */
class ProxyWriterTest {
    private static final String OURS = "SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKipo1";

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Via: OURS~Via: SIP/2.0/UDP a:5060;branch=z9hG4bKa~|z9hG4bKa",
        "Via: OURS, SIP/2.0/UDP a:5060;branch=z9hG4bKa~|z9hG4bKa",
        "Via: OURS;x=\"p,q\", SIP/2.0/UDP a:5060;branch=z9hG4bKa~|z9hG4bKa",
        "Via: OURS;x=\"p,q\"~Via: SIP/2.0/UDP a:5060;branch=z9hG4bKa~|z9hG4bKa",
        "Via: OURS,~ SIP/2.0/UDP a:5060;branch=z9hG4bKa~|z9hG4bKa",
        "Via: OURS,  ~Via: SIP/2.0/UDP a:5060;branch=z9hG4bKa~|z9hG4bKa",
        "Via: OURS~|''",
    })
    void theTopViaIsRemoved(String vias, String remainingBranches) {
        SipMessage response = SipMessage.parse(("SIP/2.0 180 Ringing~" + vias.replace("OURS", OURS)
                + "From: <sip:1@h>;tag=f~To: <sip:2@h>;tag=t~Call-ID: c~CSeq: 1 INVITE~Content-Length: 0~~")
                .replace("~", "\r\n"));
        ProxyWriter writer = new ProxyWriter(new GatewayIdentity(GatewayConfig.builder().build()));
        SipMessage relayed = SipMessage.parse(writer.withoutTopVia(new RawMessage().load(response)));
        assertThat(String.join(",", relayed.vias().stream().map(Via::branch).toList())).isEqualTo(remainingBranches);
        assertThat(relayed.callId()).isEqualTo("c");
    }
}
