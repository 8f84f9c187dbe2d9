package org.persistlab.sip.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.persistlab.sip.AuthHeader;
import org.persistlab.sip.SipMessage;

class DigestAuthTest {
    private final DigestAuth auth = new DigestAuth();

    /** RFC 2617 §3.5, the worked example: an independent check of the whole computation. */
    @Test
    void reproducesTheRfc2617Example() {
        String ha1 = auth.ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
        String response = auth.response(ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b", "auth",
                "GET", "/dir/index.html");
        assertThat(response).isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void answeredChallengeVerifiesAndAWrongPasswordDoesNot() {
        DigestChallenge ch = DigestChallenge.md5("ipoffice", "0123456789abcdef0123456789abcdef", false);
        DigestCredentials good = auth.answer(ch, "2001", "s3cret", "REGISTER", "sip:192.0.2.10", "c0ffee", 1);
        DigestCredentials bad = auth.answer(ch, "2001", "guess", "REGISTER", "sip:192.0.2.10", "c0ffee", 1);
        String ha1 = auth.ha1("2001", "ipoffice", "s3cret");
        assertThat(auth.verify(good, ha1, "REGISTER")).isTrue();
        assertThat(auth.verify(bad, ha1, "REGISTER")).isFalse();
        assertThat(auth.verify(good, ha1, "INVITE")).as("bound to the method").isFalse();
    }

    @Test
    void headersRoundTripThroughTheParser() {
        DigestChallenge ch = DigestChallenge.md5("ipoffice", "0123456789abcdef0123456789abcdef", true);
        DigestChallenge back = DigestChallenge.from(AuthHeader.parse(ch.toHeaderValue()));
        assertThat(back).isEqualTo(new DigestChallenge("ipoffice", ch.nonce(), null, "MD5", "auth", true));
        DigestCredentials c = auth.answer(ch, "2001", "pw", "REGISTER", "sip:192.0.2.10;transport=tcp", "abc", 3);
        SipMessage m = SipMessage.parse("REGISTER sip:192.0.2.10 SIP/2.0\r\nAuthorization: " + c.toHeaderValue()
                + "\r\nContent-Length: 0\r\n\r\n");
        assertThat(DigestCredentials.from(m.authorization())).isEqualTo(c);
        assertThat(c.nc()).isEqualTo("00000003");
    }

    @Test
    void noncesExpireAndForgeriesAreRefused() {
        NonceIssuer issuer = new NonceIssuer(42, 7);
        long t = 1_000_000_000L;
        String nonce = issuer.issue(t);
        long tenSeconds = 10_000_000_000L;
        assertThat(issuer.check(nonce, t + tenSeconds, tenSeconds)).isEqualTo(NonceIssuer.Status.VALID);
        assertThat(issuer.check(nonce, t + tenSeconds + 1, tenSeconds)).isEqualTo(NonceIssuer.Status.EXPIRED);
        assertThat(issuer.issuedAt(nonce)).isEqualTo(t);
        char[] c = nonce.toCharArray();
        c[5] = c[5] == '0' ? '1' : '0';
        assertThat(issuer.check(new String(c), t, tenSeconds)).isEqualTo(NonceIssuer.Status.FORGED);
        assertThat(new NonceIssuer(43, 7).check(nonce, t, tenSeconds)).isEqualTo(NonceIssuer.Status.FORGED);
        assertThat(issuer.check("not-a-nonce", t, tenSeconds)).isEqualTo(NonceIssuer.Status.FORGED);
    }

    /**
     * The reference SipHash-2-4 test vector for the 8-byte message 00..07 under key 00..0f
     * (vectors[8] of the reference implementation: 62 24 93 9a 79 f5 f5 93).
     */
    @Test
    void sipHashMatchesTheReferenceVector() {
        SipHash h = new SipHash(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);
        assertThat(h.hash(0x0706050403020100L)).isEqualTo(0x93f5f5799a932462L);
    }
}
