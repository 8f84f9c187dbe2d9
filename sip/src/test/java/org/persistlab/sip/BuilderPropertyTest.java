package org.persistlab.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.persistlab.sip.testing.JainSipOracle;

class BuilderPropertyTest {
    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~")
                .ofMinLength(1).ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> users() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> displayNames() {
        return Arbitraries.strings().withChars("abc XYZ,<>\"\\;:=é").ofMinLength(1).ofMaxLength(20);
    }

    @Property(tries = 300)
    void anyRequestWeBuildParsesBackToTheSameFields(
            @ForAll("tokens") String branch, @ForAll("tokens") String fromTag, @ForAll("tokens") String callId,
            @ForAll("users") String user, @ForAll("displayNames") String display,
            @ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long cseq, @ForAll @IntRange(min = 1, max = 65535) int port,
            @ForAll @IntRange(min = 0, max = 86400) int expires, @ForAll("bodies") String body) {
        SipMessage m = RequestBuilder.request("REGISTER", "sip:192.0.2.10:" + port)
                .via(Transport.TCP, "10.1.0.23:" + port, "z9hG4bK" + branch)
                .from(display, "sip:" + user + "@192.0.2.10", fromTag)
                .to("sip:" + user + "@192.0.2.10", null)
                .callId(callId)
                .cseq(cseq)
                .contact("sip:" + user + "@10.1.0.23:" + port + ";transport=tcp")
                .expires(expires)
                .body("text/plain", body.getBytes(StandardCharsets.UTF_8))
                .build();
        assertThat(m.method()).isEqualTo("REGISTER");
        assertThat(m.topVia().branch()).isEqualTo("z9hG4bK" + branch);
        assertThat(m.topVia().port()).isEqualTo(port);
        assertThat(m.from().displayName()).isEqualTo(display);
        assertThat(m.fromTag()).isEqualTo(fromTag);
        assertThat(m.to().sipUri().user()).isEqualTo(user);
        assertThat(m.callId()).isEqualTo(callId);
        assertThat(m.cseq()).isEqualTo(new CSeq(cseq, "REGISTER"));
        assertThat(m.contact().sipUri().port()).isEqualTo(port);
        assertThat(m.expires()).isEqualTo(expires);
        assertThat(m.maxForwards()).isEqualTo(70);
        assertThat(m.bodyText()).isEqualTo(body);
        assertThat(m.contentLength()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().ofMaxLength(200);
    }

    @Property(tries = 200)
    void aResponseCopiesViaFromToCallIdAndCSeqFromItsRequest(
            @ForAll("tokens") String branch, @ForAll("tokens") String tag, @ForAll("tokens") String toTag,
            @ForAll @IntRange(min = 100, max = 699) int status, @ForAll @IntRange(min = 1, max = 4) int vias) {
        RequestBuilder rb = RequestBuilder.request("INVITE", "sip:2002@192.0.2.10");
        for (int i = 0; i < vias; i++) {
            rb.via(Transport.UDP, "10.0.0." + (i + 1) + ":5060", "z9hG4bK" + branch + i);
        }
        SipMessage req = rb.from("sip:2001@192.0.2.10", tag).to("sip:2002@192.0.2.10", null).callId("c-" + tag)
                .cseq(7).build();
        SipMessage resp = ResponseBuilder.to(req, status).toTag(toTag).build();
        assertThat(resp.statusCode()).isEqualTo(status);
        assertThat(resp.vias()).isEqualTo(req.vias());
        assertThat(resp.from()).isEqualTo(req.from());
        assertThat(resp.to().uri()).isEqualTo(req.to().uri());
        assertThat(resp.toTag()).isEqualTo(toTag);
        assertThat(resp.callId()).isEqualTo(req.callId());
        assertThat(resp.cseq()).isEqualTo(req.cseq());
        assertThat(resp.contentLength()).isZero();
        // And JAIN-SIP reads what we wrote the same way.
        assertThat(JainSipOracle.compare(resp.toBytes()).agree()).isTrue();
        assertThat(JainSipOracle.compare(req.toBytes()).agree()).isTrue();
    }
}
