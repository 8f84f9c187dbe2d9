package org.persistlab.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.testing.SipCorpus;

class SipMessageTest {
    private static SipMessage corpus(String name) {
        return SipMessage.parse(SipCorpus.messages().get(name));
    }

    @Test
    void readsTheFieldsOfARegisterWithCredentials() {
        SipMessage m = corpus("register-with-credentials");
        assertThat(m.isRequest()).isTrue();
        assertThat(m.method()).isEqualTo("REGISTER");
        assertThat(m.methodKind()).isEqualTo(SipMethod.REGISTER);
        assertThat(m.requestUri()).isEqualTo("sip:192.0.2.10:5060;transport=tcp");
        assertThat(m.cseq()).isEqualTo(new CSeq(2, "REGISTER"));
        assertThat(m.topVia().transport()).isEqualTo(Transport.TCP);
        assertThat(m.topVia().host()).isEqualTo("10.1.0.23");
        assertThat(m.topVia().port()).isEqualTo(49152);
        assertThat(m.topVia().rport()).isEmpty();
        assertThat(m.topVia().hasMagicCookie()).isTrue();
        assertThat(m.fromTag()).isEqualTo("8f3c0a21");
        assertThat(m.toTag()).isNull();
        assertThat(m.contact().expires()).isEqualTo(900);
        assertThat(m.expires()).isEqualTo(900);
        assertThat(m.authorization().param("username")).isEqualTo("2001");
        assertThat(m.authorization().param("qop")).isEqualTo("auth");
        assertThat(m.authorization().param("nc")).isEqualTo("00000001");
        assertThat(m.contentLength()).isZero();
    }

    @Test
    void compactFormsMapToTheirLongNames() {
        SipMessage m = corpus("compact-forms");
        assertThat(m.callId()).isEqualTo("3848276298220188511@atlanta.example.com");
        assertThat(m.from().displayName()).isEqualTo("Alice");
        assertThat(m.to().uri()).isEqualTo("sip:bob@biloxi.example.com");
        assertThat(m.contentType()).isEqualTo("application/sdp");
        assertThat(m.header("Supported")).isEqualTo("timer");
        assertThat(m.header("k")).isEqualTo("timer");
        assertThat(m.headerAt(0)).isEqualTo(HeaderName.VIA);
        assertThat(m.headerNameAt(0)).isEqualTo("v");
    }

    @Test
    void foldedLinesAreUnfoldedToOneSpace() {
        SipMessage m = corpus("folded-headers");
        assertThat(m.header("Subject")).isEqualTo("I know you're there, pick up the phone");
        assertThat(m.topVia().branch()).isEqualTo("z9hG4bKhjhs8ass877");
        assertThat(m.from().uri()).isEqualTo("sip:alice@atlanta.example.com");
    }

    @Test
    void severalViasOnOneLineAndOnSeveralLinesAreAllRead() {
        SipMessage m = corpus("multi-via-one-line");
        assertThat(m.vias()).extracting(Via::branch)
                .containsExactly("z9hG4bK2d4790.1", "z9hG4bK74bf9", "z9hG4bKnashds8");
        assertThat(m.vias().get(1).transport()).isEqualTo(Transport.TCP);
        assertThat(m.headers("Via")).hasSize(3);
        assertThat(m.statusCode()).isEqualTo(180);
        assertThat(m.methodKind()).isEqualTo(SipMethod.INVITE);
    }

    @Test
    void quotedDisplayNamesKeepTheirCommasAndLoseTheirEscapes() {
        SipMessage m = corpus("quoted-display-comma");
        assertThat(m.from().displayName()).isEqualTo("Doe, John \"JD\"");
        assertThat(m.contacts()).extracting(Address::displayName).containsExactly("Doe, John", "Desk <2>");
        assertThat(m.contacts().get(1).uri()).isEqualTo("sip:2004@10.1.0.41");
    }

    @Test
    void ipv6LiteralsInViaAndUris() {
        SipMessage m = corpus("ipv6-hosts");
        assertThat(m.topVia().host()).isEqualTo("[2001:db8::9:1]");
        assertThat(m.topVia().port()).isEqualTo(5070);
        SipUri u = m.contact().sipUri();
        assertThat(u.host()).isEqualTo("[2001:db8::9:1]");
        assertThat(u.port()).isEqualTo(5070);
        assertThat(u.param("transport")).isEqualTo("udp");
        assertThat(m.to().sipUri().aor()).isEqualTo("2005@[2001:db8::10]");
    }

    @Test
    void contentLengthBoundsTheBodyOfADatagram() {
        SipMessage shorter = corpus("content-length-smaller-than-body");
        assertThat(shorter.bodyText()).isEqualTo("Hello");
        assertThat(shorter.bodyTruncated()).isFalse();
        SipMessage longer = corpus("content-length-larger-than-body");
        assertThat(longer.bodyText()).isEqualTo("Hello there");
        assertThat(longer.bodyTruncated()).isTrue();
        SipMessage bad = corpus("content-length-not-a-number");
        assertThat(bad.contentLength()).isEqualTo(SipMessage.INVALID_CONTENT_LENGTH);
        assertThat(bad.bodyLength()).isZero();
    }

    @Test
    void toBytesGivesBackExactlyTheMessage() {
        byte[] in = SipCorpus.messages().get("invite-sdp");
        byte[] withTrailer = new byte[in.length + 7];
        System.arraycopy(in, 0, withTrailer, 0, in.length);
        SipMessage m = SipMessage.parse(withTrailer);
        assertThat(m.toBytes()).isEqualTo(in);
        assertThat(m).isEqualTo(SipMessage.parse(in));
        assertThat(m.bodyText()).startsWith("v=0").endsWith("PCMU/8000\r\n");
    }

    @Test
    void retryAfterIgnoresItsCommentAndParameters() {
        SipMessage m = corpus("503-retry-after");
        assertThat(m.retryAfter()).isEqualTo(120);
        assertThat(m.server()).isEqualTo("IP Office 12.2");
    }

    @Test
    void challengeParametersAreUnquoted() {
        SipMessage m = corpus("407-proxy-challenge");
        assertThat(m.proxyAuthenticate().scheme()).isEqualTo("Digest");
        assertThat(m.proxyAuthenticate().param("realm")).isEqualTo("example.com");
        assertThat(m.proxyAuthenticate().param("opaque")).isEmpty();
        assertThat(m.proxyAuthenticate().param("stale")).isEqualTo("FALSE");
    }

    @Test
    void wildcardContactAndUnbracketedAddresses() {
        assertThat(corpus("wildcard-unregister").contact().isWildcard()).isTrue();
        SipMessage ack = corpus("addr-spec-without-brackets");
        assertThat(ack.from().uri()).isEqualTo("sip:2001@192.0.2.10");
        assertThat(ack.from().tag()).isEqualTo("a1");
    }

    @Test
    void leadingKeepAliveCrlfsAreIgnored() {
        byte[] msg = SipCorpus.messages().get("options-keepalive-avaya");
        byte[] glued = ("\r\n\r\n" + new String(msg, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        assertThat(SipMessage.parse(glued).toBytes()).isEqualTo(msg);
    }

    @Test
    void errorsNameTheOffsetWhereParsingStopped() {
        assertThatThrownBy(() -> SipMessage.parse("INVITE sip:a@b SIP/3.0\r\n\r\n"))
                .isInstanceOf(SipParseException.class)
                .satisfies(e -> assertThat(((SipParseException) e).offset()).isEqualTo(15));
        assertThatThrownBy(() -> SipMessage.parse("SIP/2.0 20 OK\r\n\r\n"))
                .isInstanceOf(SipParseException.class).hasMessageContaining("three digits");
        assertThatThrownBy(() -> SipMessage.parse("OPTIONS sip:a SIP/2.0\r\nNoColonHere\r\n\r\n"))
                .isInstanceOf(SipParseException.class)
                .satisfies(e -> assertThat(((SipParseException) e).offset()).isEqualTo(23));
        SipMessage m = SipMessage.parse("OPTIONS sip:a SIP/2.0\r\nCSeq: x OPTIONS\r\n\r\n");
        assertThatThrownBy(m::cseq).isInstanceOf(SipParseException.class)
                .satisfies(e -> assertThat(((SipParseException) e).offset()).isEqualTo(29))
                .hasMessageContaining("CSeq");
    }

    @Test
    void methodsAreCaseSensitive() {
        SipMessage m = SipMessage.parse("invite sip:a@b SIP/2.0\r\nCSeq: 1 invite\r\n\r\n");
        assertThat(m.method()).isEqualTo("invite");
        assertThat(m.methodKind()).isEqualTo(SipMethod.OTHER);
    }

    @Test
    void bareIpv6HostsAreReadAsTheLongestValidAddress() {
        Via v = Via.parse("SIP/2.0/UDP fe80:0:0:0:21a:a0ff:fe07:32e0:5060;branch=z9hG4bKk");
        assertThat(v.host()).isEqualTo("fe80:0:0:0:21a:a0ff:fe07:32e0");
        assertThat(v.port()).isEqualTo(5060);
        assertThat(Via.parse("SIP/2.0/UDP fe80::1;branch=z9hG4bKk").host()).isEqualTo("fe80::1");
        SipUri u = SipUri.parse("sip:4321@fec0:0:0:0:216:d3ff:fe0d:22c:5060;transport=udp");
        assertThat(u.host()).isEqualTo("fec0:0:0:0:216:d3ff:fe0d:22c");
        assertThat(u.port()).isEqualTo(5060);
        assertThat(u.param("transport")).isEqualTo("udp");
        assertThat(SipUri.parse("sip:9876@fe80:0:0:0:21a:a0ff:fe07:32e0").port()).isEqualTo(-1);
    }
}
