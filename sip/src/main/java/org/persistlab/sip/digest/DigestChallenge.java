package org.persistlab.sip.digest;

import org.persistlab.sip.AuthHeader;

/**
 * A Digest challenge as sent in WWW-Authenticate or Proxy-Authenticate (RFC 2617 §3.2.1, RFC 7616 §3.3).
 *
 * @param qop       {@code auth} or {@code null} (RFC 2069 compatibility)
 * @param algorithm {@code MD5} (the only one this lab issues) or as received
 */
public record DigestChallenge(String realm, String nonce, String opaque, String algorithm, String qop, boolean stale) {

    public static DigestChallenge md5(String realm, String nonce, boolean stale) {
        return new DigestChallenge(realm, nonce, null, "MD5", "auth", stale);
    }

    /** Reads a challenge header; returns {@code null} when it is not a Digest challenge. */
    public static DigestChallenge from(AuthHeader h) {
        if (h == null || !h.isDigest()) {
            return null;
        }
        return new DigestChallenge(h.param("realm"), h.param("nonce"), h.param("opaque"), h.param("algorithm"),
                h.param("qop"), "true".equalsIgnoreCase(h.param("stale")));
    }

    /** True when the server offers {@code qop=auth} (the list may hold several values). */
    public boolean offersAuth() {
        if (qop == null) {
            return false;
        }
        for (String q : qop.split(",")) {
            if (q.trim().equalsIgnoreCase("auth")) {
                return true;
            }
        }
        return false;
    }

    public String toHeaderValue() {
        StringBuilder sb = new StringBuilder(128).append("Digest realm=\"").append(realm).append("\", nonce=\"")
                .append(nonce).append('"');
        if (opaque != null) {
            sb.append(", opaque=\"").append(opaque).append('"');
        }
        if (algorithm != null) {
            sb.append(", algorithm=").append(algorithm);
        }
        if (qop != null) {
            sb.append(", qop=\"").append(qop).append('"');
        }
        if (stale) {
            sb.append(", stale=TRUE");
        }
        return sb.toString();
    }
}
