package org.persistlab.sip.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Computes and verifies Digest responses (RFC 2617 §3.2.2.1, MD5, qop {@code auth} or none).
 * Owns an {@link Md5Hex}, so one instance serves one thread.
 */
public final class DigestAuth {
    private final Md5Hex md5 = new Md5Hex();

    /** HA1 = MD5(username:realm:password); a registrar may keep this instead of the password. */
    public String ha1(String username, String realm, String password) {
        return md5.hex(username, realm, password);
    }

    /** The request-digest for the given HA1 and request (qop=auth when {@code qop} is non-null). */
    public String response(String ha1, String nonce, String nc, String cnonce, String qop, String method, String uri) {
        String ha2 = md5.hex(method, uri);
        if (qop == null) {
            return md5.hex(ha1, nonce, ha2);
        }
        return md5.hex(ha1, nonce, nc, cnonce, qop, ha2);
    }

    /** The credentials a client sends to answer a challenge; {@code nc} counts uses of this nonce (1 first). */
    public DigestCredentials answer(DigestChallenge challenge, String username, String password, String method,
                                    String uri, String cnonce, int nc) {
        String qop = challenge.offersAuth() ? "auth" : null;
        String ncHex = qop == null ? null : String.format("%08x", nc);
        String cn = qop == null ? null : cnonce;
        String ha1 = ha1(username, challenge.realm(), password);
        String resp = response(ha1, challenge.nonce(), ncHex, cn, qop, method, uri);
        return new DigestCredentials(username, challenge.realm(), challenge.nonce(), uri, resp,
                challenge.algorithm(), cn, challenge.opaque(), qop, ncHex);
    }

    /**
     * True when the credentials' response is the one the password (given as HA1) produces for this
     * method. Nonce freshness is checked separately ({@link NonceIssuer}). The comparison takes the
     * same time whatever the mismatch, so response timing leaks nothing about the expected digest.
     */
    public boolean verify(DigestCredentials c, String ha1, String method) {
        if (c == null || !c.complete()) {
            return false;
        }
        if (c.algorithm() != null && !c.algorithm().equalsIgnoreCase("MD5")) {
            return false;
        }
        if (c.qop() != null && !c.qop().equalsIgnoreCase("auth")) {
            return false;
        }
        String expected = response(ha1, c.nonce(), c.nc(), c.cnonce(), c.qop(), method, c.uri());
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                c.response().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
