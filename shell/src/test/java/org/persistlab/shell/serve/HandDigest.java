package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digest credentials computed by hand, per RFC 2617 §3.2.2 with the JDK's MD5 and not with the lab's
 * digest code, so that a mistake shared by the gateway and the test could not cancel out.
 */
final class HandDigest {
    private HandDigest() {
    }

    /** {@code request} with an Authorization answering the WWW-Authenticate of {@code challenge} (qop=auth). */
    static String authorize(String request, String challenge, String user, String password, String uri) {
        String realm = param(challenge, "realm");
        String nonce = param(challenge, "nonce");
        String cnonce = "0a4f113b";
        String nc = "00000001";
        String ha1 = md5(user + ":" + realm + ":" + password);
        String ha2 = md5("REGISTER:" + uri);
        String response = md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        String header = "Authorization: Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce
                + "\", uri=\"" + uri + "\", response=\"" + response + "\", algorithm=MD5, qop=auth, nc=" + nc
                + ", cnonce=\"" + cnonce + "\"\r\n";
        assertThat(request).contains("Content-Length: 0\r\n");
        return request.replace("Content-Length: 0\r\n", header + "Content-Length: 0\r\n");
    }

    private static String param(String challenge, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(challenge);
        assertThat(m.find()).as(name + " in " + challenge).isTrue();
        return m.group(1);
    }

    static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
