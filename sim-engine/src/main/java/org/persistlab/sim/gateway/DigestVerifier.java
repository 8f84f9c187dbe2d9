package org.persistlab.sim.gateway;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.persistlab.sim.gateway.DigestFields.Field;

/**
 * Checks a Digest response (RFC 2617 §3.2.2.1, MD5, qop {@code auth} or none) against a
 * precomputed HA1, hashing into reused buffers: HA2 = MD5(method:uri) is cached for the last
 * (method, uri) seen, since every phone registers to the same Request-URI; then one MD5 for the
 * response. Same result as {@code DigestAuth.verify}, which the tests use as the oracle.
 */
final class DigestVerifier {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final MessageDigest md5;
    private final byte[] digest = new byte[16];
    private final byte[] expected = new byte[32];
    private final byte[] ha2 = new byte[32];
    private byte[] input = new byte[512];
    private String ha2Method;
    private byte[] ha2Uri = new byte[0];

    DigestVerifier() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide MD5", e);
        }
    }

    /** True when the credentials are complete, MD5 with qop auth or none, and the response matches. */
    boolean verify(DigestFields f, byte[] ha1Hex, String method) {
        boolean qop = f.has(Field.QOP);
        if (!f.has(Field.USERNAME) || !f.has(Field.REALM) || !f.has(Field.NONCE) || !f.has(Field.URI)
                || !f.has(Field.RESPONSE) || qop && (!f.has(Field.CNONCE) || !f.has(Field.NC))) {
            return false;
        }
        if (f.has(Field.ALGORITHM) && !f.is(Field.ALGORITHM, "MD5", true)) {
            return false;
        }
        if (qop && !f.is(Field.QOP, "auth", true)) {
            return false;
        }
        computeHa2(f, method);
        int need = 32 + f.length(Field.NONCE) + f.length(Field.NC) + f.length(Field.CNONCE) + f.length(Field.QOP) + 40;
        if (need > input.length) {
            input = new byte[Math.max(need, 2 * input.length)];
        }
        System.arraycopy(ha1Hex, 0, input, 0, 32);
        int n = 32;
        input[n++] = ':';
        n = f.copy(Field.NONCE, input, n);
        input[n++] = ':';
        if (qop) {
            n = f.copy(Field.NC, input, n);
            input[n++] = ':';
            n = f.copy(Field.CNONCE, input, n);
            input[n++] = ':';
            n = f.copy(Field.QOP, input, n);
            input[n++] = ':';
        }
        System.arraycopy(ha2, 0, input, n, 32);
        n += 32;
        hexDigest(input, n, expected);
        return sameHexIgnoringCase(f);
    }

    private void computeHa2(DigestFields f, String method) {
        int uriLength = f.length(Field.URI);
        if (method.equals(ha2Method) && uriLength == ha2Uri.length && f.sameAs(Field.URI, ha2Uri, 0, ha2Uri.length)) {
            return;
        }
        int need = method.length() + 1 + uriLength;
        if (need > input.length) {
            input = new byte[Math.max(need, 2 * input.length)];
        }
        int n = 0;
        for (int i = 0; i < method.length(); i++) {
            input[n++] = (byte) method.charAt(i);
        }
        input[n++] = ':';
        int uriStart = n;
        n = f.copy(Field.URI, input, n);
        hexDigest(input, n, ha2);
        ha2Method = method;
        ha2Uri = Arrays.copyOfRange(input, uriStart, n);
    }

    /** Compares without an early exit, so timing says nothing about where a guess went wrong. */
    private boolean sameHexIgnoringCase(DigestFields f) {
        if (f.length(Field.RESPONSE) != 32) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < 32; i++) {
            int c = f.byteAt(Field.RESPONSE, i);
            if (c >= 'A' && c <= 'F') {
                c += 32;
            }
            diff |= c ^ expected[i];
        }
        return diff == 0;
    }

    private void hexDigest(byte[] in, int length, byte[] hexOut) {
        md5.update(in, 0, length);
        try {
            md5.digest(digest, 0, 16);
        } catch (DigestException e) {
            throw new IllegalStateException("a 16-byte buffer holds an MD5 digest", e);
        }
        for (int i = 0; i < 16; i++) {
            hexOut[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            hexOut[2 * i + 1] = HEX[digest[i] & 0xF];
        }
    }
}
