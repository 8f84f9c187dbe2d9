package org.persistlab.sip.digest;

/**
 * Issues digest nonces that carry their own issue time, authenticated with a secret key, so a
 * registrar can tell a fresh nonce from an expired or forged one without remembering any
 * (memory stays bounded under a REGISTER flood). Time is passed in, never read from a clock, so the
 * simulator and the real server use the same code.
 *
 * <p>Format: 16 hex digits of the issue time in ns, then 16 hex digits of SipHash(key, time).
 */
public final class NonceIssuer {
    /** What {@link #check} found. */
    public enum Status { VALID, EXPIRED, FORGED }

    private final SipHash mac;

    /** @param key0 @param key1 the 128-bit secret; derive it from the run's seed in the simulator */
    public NonceIssuer(long key0, long key1) {
        this.mac = new SipHash(key0, key1);
    }

    public String issue(long nowNanos) {
        byte[] out = new byte[32];
        hex(nowNanos, out, 0);
        hex(mac.hash(nowNanos), out, 16);
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * @param maxAgeNanos how long a nonce stays valid (IP Office: the 10 s challenge expiry)
     */
    public Status check(String nonce, long nowNanos, long maxAgeNanos) {
        if (!isOurShape(nonce)) {
            return Status.FORGED;
        }
        long issued = parseHex(nonce, 0);
        if (mac.hash(issued) != parseHex(nonce, 16) || nowNanos < issued) {
            return Status.FORGED;
        }
        return nowNanos - issued > maxAgeNanos ? Status.EXPIRED : Status.VALID;
    }

    /** When the nonce was issued, if it is one of ours; otherwise -1. */
    public long issuedAt(String nonce) {
        return isOurShape(nonce) ? parseHex(nonce, 0) : -1;
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static void hex(long v, byte[] out, int at) {
        for (int i = 15; i >= 0; i--) {
            out[at + i] = HEX[(int) (v & 0xF)];
            v >>>= 4;
        }
    }

    private static boolean isOurShape(String nonce) {
        if (nonce == null || nonce.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            if (digit(nonce.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The value of a hex digit of either case, or -1. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    /** The 16 hex digits at {@code at}, already checked, as an unsigned long. */
    private static long parseHex(String s, int at) {
        long v = 0;
        for (int i = at; i < at + 16; i++) {
            v = v << 4 | digit(s.charAt(i));
        }
        return v;
    }
}
