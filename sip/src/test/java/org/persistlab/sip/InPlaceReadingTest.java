package org.persistlab.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fields read in place (the branch and the tag found during the parameter check, CSeq and the
 * Via's sent-protocol and port read without substrings, a SIP URI's parts cut straight from the
 * text) agree with readers written the plain way: the one-parameter scan, a regular expression.
 */
class InPlaceReadingTest {

    @Provide
    Arbitrary<String> paramLists() {
        Arbitrary<String> name = Arbitraries.of("branch", "BRANCH", "Branch", "tag", "TAG", "received", "rport",
                "branchx", "xbranch", "tagx", "lr", "maddr");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ0189-._!%*+`'~").ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withChars("ab ;,=\\").ofMaxLength(6).map(s -> "\"" + s.replace("\\", "\\\\") + "\""),
                Arbitraries.just(""));
        Arbitrary<String> ws = Arbitraries.of("", "", " ", "\t", "  ");
        Arbitrary<String> param = Combinators.combine(ws, name, ws, Arbitraries.of(true, false), ws, value)
                .as((w1, n, w2, hasValue, w3, v) -> ";" + w1 + n + (hasValue && !v.isEmpty() ? w2 + "=" + w3 + v : ""));
        return param.list().ofMaxSize(6).map(ps -> String.join("", ps));
    }

    @Property(tries = 3000)
    void theValueFoundDuringTheCheckIsTheOneTheSingleParameterScanFinds(@ForAll("paramLists") String params) {
        for (String wanted : List.of("branch", "tag", "rport", "received")) {
            assertThat(SipGrammar.checkParamsFinding(params, 0, wanted)).as("%s in [%s]", wanted, params)
                    .isEqualTo(SipGrammar.param(params, 0, wanted));
        }
    }

    @Property(tries = 1000)
    void aViaReadInPlaceGivesWhatItsParameterMapAndItsTextSay(@ForAll("paramLists") String params,
                                                               @ForAll("transports") String transport,
                                                               @ForAll("ports") String port) {
        String value = "SIP / 2.0 /" + transport + " 10.1.0.7" + port + params;
        Via v = Via.parse(value);
        assertThat(v.branch()).isEqualTo(v.params().get("branch"));
        assertThat(v.transportToken()).isEqualTo(transport.trim().toUpperCase(java.util.Locale.ROOT));
        assertThat(v.port()).isEqualTo(port.isEmpty() ? -1 : Integer.parseInt(port.substring(1).trim()));
    }

    @Provide
    Arbitrary<String> transports() {
        return Arbitraries.of("UDP", "udp", "Tcp", "TLS", "sctp", "WS", "wss", "X-NEW", " udp");
    }

    @Provide
    Arbitrary<String> ports() {
        return Arbitraries.of("", ":5060", ": 5061", ":0", ":65535", ":007");
    }

    @Test
    void aViaPortThatIsNoNumberOrTooLargeIsStillRefusedWithItsOffset() {
        assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP host:65536")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("Via port 65536 is above 65535");
        assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP host:;branch=z9hG4bK1"))
                .isInstanceOf(SipParseException.class).hasMessageContaining("expected a number");
        assertThatThrownBy(() -> Via.parse("SIP/2.1/UDP host")).hasMessageContaining("Via protocol is not SIP/2.0");
        assertThatThrownBy(() -> Via.parse("SIP/2.0 UDP host")).hasMessageContaining("expected '/'");
    }

    /** Blanks around the whole are trimmed as String.trim() does; other control bytes may end the number. */
    private static final Pattern CSEQ = Pattern.compile("^[\\x00-\\x20]*([0-9]{1,18})[\\x00-\\x08\\x0a-\\x1f]*[ \\t]"
            + "[\\x00-\\x20]*([-.!%*_+`'~A-Za-z0-9]+)[\\x00-\\x20]*$");

    @Property(tries = 2000)
    void cseqAgreesWithARegularExpression(@ForAll("cseqs") String text) {
        Matcher m = CSEQ.matcher(text);
        if (m.matches() && Long.parseLong(m.group(1)) <= CSeq.MAX) {
            CSeq c = CSeq.parse(text);
            assertThat(c.number()).isEqualTo(Long.parseLong(m.group(1)));
            assertThat(c.method()).isEqualTo(m.group(2));
        } else {
            assertThatThrownBy(() -> CSeq.parse(text)).as("[%s]", text).isInstanceOf(SipParseException.class);
        }
    }

    @Provide
    Arbitrary<String> cseqs() {
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.longs().between(0, 99_999_999_999L).map(n -> Long.toString(n)),
                Arbitraries.of("", "x1", "1x", "4294967296", "4294967295", "0012"));
        Arbitrary<String> method = Arbitraries.oneOf(Arbitraries.of("INVITE", "REGISTER", "invite", "ACK", "X-Y.z", ""),
                Arbitraries.strings().withChars("AB(@ ").ofMaxLength(4));
        Arbitrary<String> ws = Arbitraries.of("", " ", "\t", "  ", "\r");
        return Combinators.combine(ws, number, ws, method, ws).as((a, n, b, me, c) -> a + n + b + me + c);
    }

    @Test
    void aKnownMethodIsTheSharedNameAndAnUnknownOneKeepsItsCase() {
        assertThat(CSeq.parse("1 INVITE").method()).isSameAs(SipMethod.INVITE.name());
        assertThat(CSeq.parse(" 7 REGISTER ").method()).isSameAs(SipMethod.REGISTER.name());
        assertThat(CSeq.parse("7 invite").method()).isEqualTo("invite");
    }

    @Property(tries = 1000)
    void aSipUriReadInPlaceGivesTheUserHostPortAndParametersItsTextSays(@ForAll("users") String user,
                                                                      @ForAll("hosts") String host,
                                                                      @ForAll("ports") String port,
                                                                      @ForAll("uriTails") String tail) {
        String p = port.replace(" ", "");
        String text = "sip:" + user + host + p + tail;
        SipUri u = SipUri.parse(text);
        String expectedUser = user.isEmpty() ? null : user.substring(0, user.length() - 1).split(":", 2)[0];
        assertThat(u.scheme()).isEqualTo("sip");
        assertThat(u.user()).isEqualTo(expectedUser);
        assertThat(u.host()).isEqualTo(host.toLowerCase(java.util.Locale.ROOT));
        assertThat(u.port()).isEqualTo(p.isEmpty() ? -1 : Integer.parseInt(p.substring(1)));
        assertThat(u.params().get("transport")).isEqualTo(tail.contains(";transport=tcp") ? "tcp" : null);
        assertThat(u.aor()).isEqualTo(expectedUser == null ? u.host() : expectedUser + "@" + u.host());
    }

    @Provide
    Arbitrary<String> users() {
        return Arbitraries.of("", "2000@", "alice@", "bob:secret@", "a.b-c@", "x@y@");
    }

    @Provide
    Arbitrary<String> hosts() {
        return Arbitraries.of("192.0.2.10", "IPO.Example.com", "aco", "[2001:db8::1]");
    }

    @Provide
    Arbitrary<String> uriTails() {
        return Arbitraries.of("", ";transport=tcp", ";lr;transport=tcp", "?subject=x", ";transport=tcp?h=1");
    }

    @Test
    void schemesOtherThanSipKeepTheirOwnShape() {
        assertThat(SipUri.parse("SIPS:bob@Example.com:5061").scheme()).isSameAs("sips");
        SipUri tel = SipUri.parse("tel:+15551234;phone-context=example.com");
        assertThat(tel.scheme()).isEqualTo("tel");
        assertThat(tel.user()).isEqualTo("+15551234");
        assertThat(tel.params()).containsEntry("phone-context", "example.com");
        assertThatThrownBy(() -> SipUri.parse("sip:@")).hasMessageContaining("URI has no host");
    }
}
