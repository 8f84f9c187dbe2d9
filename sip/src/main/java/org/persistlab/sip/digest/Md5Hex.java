package org.persistlab.sip.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * MD5 as lower-case hex, the way RFC 2617 §3.2.2 uses it. Holds one MessageDigest, so an instance
 * belongs to one thread (each gateway core owns its own); that avoids a lookup per hash.
 */
public final class Md5Hex {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final MessageDigest md5;
    private byte[] scratch = new byte[256];

    public Md5Hex() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide MD5", e);
        }
    }

    /** MD5 of the colon-joined parts, e.g. {@code hex("alice", "realm", "secret")} = MD5("alice:realm:secret"). */
    public String hex(String... parts) {
        int n = 0;
        for (int p = 0; p < parts.length; p++) {
            String s = parts[p];
            ensure(n + s.length() * 3 + 1);
            if (p > 0) {
                scratch[n++] = ':';
            }
            n = encode(s, n);
        }
        md5.update(scratch, 0, n);
        return toHex(md5.digest());
    }

    private int encode(String s, int at) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                byte[] b = s.substring(i).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(b, 0, scratch, at, b.length);
                return at + b.length;
            }
            scratch[at++] = (byte) c;
        }
        return at;
    }

    private void ensure(int size) {
        if (size > scratch.length) {
            scratch = java.util.Arrays.copyOf(scratch, Math.max(size, scratch.length * 2));
        }
    }

    static String toHex(byte[] digest) {
        byte[] out = new byte[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new String(out, StandardCharsets.US_ASCII);
    }
}
