package org.persistlab.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word-at-a-time scans and the lazy credentials header agree with the obvious byte-by-byte answers. */
class ScanningTest {

    @Property(tries = 2000)
    void lineFeedSearchAgreesWithAByteLoop(@ForAll @Size(max = 64) byte[] raw, @ForAll @IntRange(max = 70) int from,
                                           @ForAll @IntRange(max = 70) int to, @ForAll @IntRange(max = 7) int lfDensity) {
        byte[] b = raw.clone();
        // Sprinkle line feeds (and bytes one bit away from one, to catch false positives of the bit trick).
        for (int i = 0; i < b.length; i++) {
            int pick = Math.floorMod(b[i], 8);
            if (pick < lfDensity / 2) {
                b[i] = '\n';
            } else if (pick == 7) {
                b[i] = (byte) ('\n' ^ (1 << Math.floorMod(b[i], 8)));
            }
        }
        int f = Math.min(from, b.length);
        int t = Math.max(f, Math.min(to, b.length));
        int expected = -1;
        for (int i = f; i < t; i++) {
            if (b[i] == '\n') {
                expected = i;
                break;
            }
        }
        assertThat(LineFeeds.find(b, f, t)).isEqualTo(expected);
    }

    @Test
    void lineFeedSearchSeesHighBytesAsOrdinaryBytes() {
        byte[] b = new byte[20];
        java.util.Arrays.fill(b, (byte) 0x8A);
        b[13] = '\n';
        assertThat(LineFeeds.find(b, 0, b.length)).isEqualTo(13);
        assertThat(LineFeeds.find(b, 14, b.length)).isEqualTo(-1);
    }

    @Test
    void credentialsNamesIgnoreCaseAndTheFirstValueWins() {
        AuthHeader h = AuthHeader.parse(" Digest USERNAME=\"2001\", realm=ipoffice ,username=\"other\","
                + " nonce=\"a\\\"b\", response = \"0f\"");
        assertThat(h.scheme()).isEqualTo("Digest");
        assertThat(h.isDigest()).isTrue();
        assertThat(h.param("username")).isEqualTo("2001");
        assertThat(h.param("Realm")).isEqualTo("ipoffice");
        assertThat(h.param("nonce")).isEqualTo("a\"b");
        assertThat(h.param("response")).isEqualTo("0f");
        assertThat(h.param("qop")).isNull();
    }

    @Test
    void credentialsWithManyParametersKeepThemAll() {
        StringBuilder v = new StringBuilder("Digest ");
        for (int i = 0; i < 25; i++) {
            v.append(i == 0 ? "" : ",").append("p").append(i).append("=\"v").append(i).append('"');
        }
        AuthHeader h = AuthHeader.parse(v.toString());
        assertThat(h.param("p0")).isEqualTo("v0");
        assertThat(h.param("p24")).isEqualTo("v24");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Digest username|'='",
            "Digest a=b c=d|','",
            "'  '|scheme"})
    void malformedCredentialsSayWhatIsWrong(String value, String complaint) {
        assertThatThrownBy(() -> AuthHeader.parse(value))
                .isInstanceOf(SipParseException.class).hasMessageContaining(complaint);
    }

    @Test
    void headerNamesWithSpaceBeforeTheColonOrOddCaseAreStillFound() {
        String text = "OPTIONS sip:a@b SIP/2.0\r\nvIA : SIP/2.0/UDP h;branch=z9hG4bK1\r\ncall-id:x\r\n"
                + "CSEQ: 1 OPTIONS\r\nX-Custom_Header: y\r\nl: 0\r\n\r\n";
        SipMessage m = SipMessage.parse(text.getBytes(StandardCharsets.US_ASCII));
        assertThat(m.topVia().branch()).isEqualTo("z9hG4bK1");
        assertThat(m.callId()).isEqualTo("x");
        assertThat(m.cseqNumber()).isEqualTo(1);
        assertThat(m.header("x-custom_header")).isEqualTo("y");
        assertThat(m.contentLength()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no colon here|no ':'",
            "Bad@Name: x|not a token",
            "': x'|empty"})
    void badHeaderLinesKeepTheirOwnMessages(String line, String complaint) {
        assertThatThrownBy(() -> SipMessage.parse("OPTIONS sip:a@b SIP/2.0\r\n" + line + "\r\n\r\n"))
                .isInstanceOf(SipParseException.class).hasMessageContaining(complaint);
    }
}
