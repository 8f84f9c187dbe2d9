package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.persistlab.sip.AuthHeader;
import org.persistlab.sip.digest.DigestAuth;
import org.persistlab.sip.digest.DigestChallenge;
import org.persistlab.sip.digest.DigestCredentials;

/** The in-place digest reader and verifier agree with the sip module's AuthHeader and DigestAuth. */
class DigestOracleTest {
    private final DigestAuth oracle = new DigestAuth();

    @Property(tries = 400)
    void verifiesExactlyWhenDigestAuthDoes(
            @ForAll @NumericChars @StringLength(min = 1, max = 6) String user,
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String password,
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String tried,
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String cnonce,
            @ForAll @IntRange(min = 1, max = 300) int nc,
            @ForAll boolean withQop,
            @ForAll boolean sameUri,
            @ForAll @IntRange(min = 0, max = 3) int variant) {
        DigestChallenge ch = new DigestChallenge("ipoffice", "00000000000000ff0123456789abcdef", null,
                variant == 1 ? null : "MD5", withQop ? "auth" : null, false);
        String uri = sameUri ? "sip:192.0.2.10" : "sip:192.0.2.10;transport=tcp";
        DigestCredentials c = oracle.answer(ch, user, tried, "REGISTER", uri, cnonce, nc);
        String value = c.toHeaderValue();
        if (variant == 2) {
            value = value.replace("response=\"" + c.response() + "\"", "response=\"" + c.response().toUpperCase() + "\"");
        } else if (variant == 3) {
            value = value.replace(", ", " ,\t");
        }
        String ha1 = oracle.ha1(user, "ipoffice", password);
        boolean expected = oracle.verify(DigestCredentials.from(AuthHeader.parse(value)), ha1, "REGISTER");

        byte[] bytes = ("xx" + value + "yy").getBytes(StandardCharsets.UTF_8);
        DigestFields fields = new DigestFields();
        assertThat(fields.scan(bytes, 2, bytes.length - 2, 0)).isTrue();
        assertThat(fields.string(DigestFields.Field.USERNAME)).isEqualTo(user);
        assertThat(fields.string(DigestFields.Field.URI)).isEqualTo(uri);
        boolean actual = new DigestVerifier().verify(fields, ha1.getBytes(StandardCharsets.US_ASCII), "REGISTER");
        assertThat(actual).isEqualTo(expected).isEqualTo(password.equals(tried));
    }

    @Property(tries = 200)
    void readsQuotedEscapesAndIgnoresUnknownParameters(
            @ForAll @AlphaChars @StringLength(min = 1, max = 8) String a,
            @ForAll @AlphaChars @StringLength(min = 1, max = 8) String b) {
        String value = "Digest username=\"" + a + "\\\"" + b + "\", realm=\"ipoffice\", opaque=\"x,y\", "
                + "nonce=abc, uri=\"sip:h\", response=\"" + b + "\", foo=bar";
        AuthHeader parsed = AuthHeader.parse(value);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        DigestFields fields = new DigestFields();
        assertThat(fields.scan(bytes, 0, bytes.length, 0)).isTrue();
        for (DigestFields.Field f : DigestFields.Field.values()) {
            assertThat(fields.string(f)).as(f.name()).isEqualTo(parsed.param(f.name()));
        }
    }

    @Property(tries = 100)
    void aNonDigestSchemeIsNotRead(@ForAll @AlphaChars @StringLength(min = 1, max = 8) String scheme) {
        byte[] bytes = (scheme + " realm=\"x\"").getBytes(StandardCharsets.UTF_8);
        assertThat(new DigestFields().scan(bytes, 0, bytes.length, 0)).isEqualTo(scheme.equalsIgnoreCase("digest"));
    }
}
