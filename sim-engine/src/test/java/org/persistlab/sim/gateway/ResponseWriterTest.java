package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.persistlab.sip.ResponseBuilder;
import org.persistlab.sip.SipMessage;

/** The gateway's response writer copies what the sip module's ResponseBuilder copies (the oracle). */
class ResponseWriterTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "REGISTER sip:h SIP/2.0\r\nVia: SIP/2.0/UDP a:5060;branch=z9hG4bK1\r\nFrom: <sip:1@h>;tag=f\r\n"
            + "To: <sip:1@h>\r\nCall-ID: c1\r\nCSeq: 7 REGISTER\r\nContent-Length: 0\r\n\r\n",
        "INVITE sip:2@h SIP/2.0\r\nv: SIP/2.0/UDP p:5060;branch=z9hG4bKp, SIP/2.0/TCP a:5060;branch=z9hG4bKa\r\n"
            + "Via: SIP/2.0/UDP b;branch=z9hG4bKb\r\nf: \"A, B\" <sip:1@h>;tag=f\r\nt: sip:2@h\r\ni: c2@x\r\n"
            + "CSeq: 1 INVITE\r\nl: 0\r\n\r\n",
        "OPTIONS sip:h SIP/2.0\r\nVia: SIP/2.0/UDP a;branch=z9hG4bK3 \r\nFrom: <sip:1@h>;tag=f\r\n"
            + "To: <sip:2@h>;tag=already\r\nCall-ID:   c3\r\nCSeq:\t3 OPTIONS\r\n\r\n",
        "BYE sip:h SIP/2.0\r\nVia: SIP/2.0/UDP a;\r\n branch=z9hG4bK4\r\nFrom: <sip:1@h>\r\n ;tag=f\r\n"
            + "To: <sip:2@h>;tag=t\r\nCall-ID: c4\r\nCSeq: 4 BYE\r\nSubject: folded\r\n last\r\n\r\n",
        "REGISTER sip:h SIP/2.0\nVia: SIP/2.0/UDP a;branch=z9hG4bK5\nFrom: <sip:1@h>;tag=f\nTo: <sip:1@h>\n"
            + "Call-ID: c5\nCSeq: 5 REGISTER\n\n"
    })
    void copiesViaFromToCallIdAndCseqLikeResponseBuilder(String text) {
        SipMessage request = SipMessage.parse(text);
        SipMessage ours = SipMessage.parse(new ResponseWriter().begin(new RawMessage().load(request), 403, true)
                .header("X-Test", "1").finish());
        SipMessage oracle = ResponseBuilder.to(request, 403).toTag("x").build();
        assertThat(ours.startLine()).isEqualTo("SIP/2.0 403 Forbidden");
        assertThat(ours.vias()).isEqualTo(oracle.vias());
        assertThat(ours.from()).isEqualTo(oracle.from());
        assertThat(ours.to().uri()).isEqualTo(oracle.to().uri());
        assertThat(ours.toTag()).isNotNull();
        if (request.toTag() != null) {
            assertThat(ours.toTag()).isEqualTo(request.toTag());
        }
        assertThat(ours.callId()).isEqualTo(oracle.callId());
        assertThat(ours.cseq()).isEqualTo(oracle.cseq());
        assertThat(ours.header("X-Test")).isEqualTo("1");
        assertThat(ours.contentLength()).isZero();
    }

    @org.junit.jupiter.api.Test
    void toTagsCountInLowerCaseHexFromOne() {
        SipMessage request = SipMessage.parse("REGISTER sip:h SIP/2.0\r\nVia: SIP/2.0/UDP a;branch=z9hG4bK1\r\n"
                + "From: <sip:1@h>;tag=f\r\nTo: <sip:1@h>\r\nCall-ID: c1\r\nCSeq: 7 REGISTER\r\n\r\n");
        ResponseWriter writer = new ResponseWriter();
        RawMessage raw = new RawMessage().load(request);
        java.util.List<String> tags = new java.util.ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            tags.add(SipMessage.parse(writer.begin(raw, 200, true).finish()).toTag());
        }
        assertThat(tags.get(0)).isEqualTo("ipo1");
        assertThat(tags.get(14)).isEqualTo("ipof");
        assertThat(tags.get(15)).isEqualTo("ipo10");
        assertThat(tags.get(299)).isEqualTo("ipo" + Long.toHexString(300));
        assertThat(writer.begin(raw, 100, false).finish()).asString().doesNotContain("tag=ipo");
    }
}
