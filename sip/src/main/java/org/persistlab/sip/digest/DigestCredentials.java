package org.persistlab.sip.digest;

import org.persistlab.sip.AuthHeader;

/**
 * Digest credentials as sent in Authorization or Proxy-Authorization (RFC 2617 §3.2.2).
 *
 * @param nc the nonce count as 8 hex digits, or {@code null} without qop
 */
public record DigestCredentials(String username, String realm, String nonce, String uri, String response,
                                String algorithm, String cnonce, String opaque, String qop, String nc) {

    /** Reads a credentials header; returns {@code null} when it is not Digest. */
    public static DigestCredentials from(AuthHeader h) {
        if (h == null || !h.isDigest()) {
            return null;
        }
        return new DigestCredentials(h.param("username"), h.param("realm"), h.param("nonce"), h.param("uri"),
                h.param("response"), h.param("algorithm"), h.param("cnonce"), h.param("opaque"), h.param("qop"),
                h.param("nc"));
    }

    /** True when the fields a verification needs are present. */
    public boolean complete() {
        return username != null && realm != null && nonce != null && uri != null && response != null
                && (qop == null || (cnonce != null && nc != null));
    }

    public String toHeaderValue() {
        StringBuilder sb = new StringBuilder(256).append("Digest username=\"").append(username)
                .append("\", realm=\"").append(realm).append("\", nonce=\"").append(nonce)
                .append("\", uri=\"").append(uri).append("\", response=\"").append(response).append('"');
        if (algorithm != null) {
            sb.append(", algorithm=").append(algorithm);
        }
        if (cnonce != null) {
            sb.append(", cnonce=\"").append(cnonce).append('"');
        }
        if (opaque != null) {
            sb.append(", opaque=\"").append(opaque).append('"');
        }
        if (qop != null) {
            sb.append(", qop=").append(qop).append(", nc=").append(nc);
        }
        return sb.toString();
    }
}
