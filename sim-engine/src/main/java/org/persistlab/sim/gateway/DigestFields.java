package org.persistlab.sim.gateway;

import java.nio.charset.StandardCharsets;
import org.persistlab.sip.SipParseException;

/**
 * The parameters of a Digest Authorization header (RFC 2617 §3.2.2, RFC 3261 §25 grammar), read in
 * place: each is kept as a byte range of the header, so verifying costs no Strings beyond the two the
 * registrar needs (username, nonce). A quoted value with escapes is kept unescaped as a String
 * instead. Reused from request to request; {@link #scan} resets it.
 */
final class DigestFields {
    enum Field { USERNAME, REALM, NONCE, URI, RESPONSE, ALGORITHM, CNONCE, QOP, NC }

    private static final Field[] FIELDS = Field.values();
    private static final byte[][] NAMES = new byte[FIELDS.length][];
    private static final byte[] DIGEST = "digest".getBytes(StandardCharsets.US_ASCII);
    /** RFC 3261 §25.1 token characters. */
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            TOKEN[c] = Character.isLetterOrDigit(c) || "-.!%*_+`'~".indexOf(c) >= 0;
        }
        for (Field f : FIELDS) {
            NAMES[f.ordinal()] = f.name().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final int[] start = new int[FIELDS.length];
    private final int[] end = new int[FIELDS.length];
    private final byte[][] escaped = new byte[FIELDS.length][];
    private byte[] src;
    private boolean digest;

    /**
     * Reads {@code src[from, to)}. Returns false when the scheme is not Digest (nothing else is read).
     * Throws {@link SipParseException} (offset relative to {@code base}) when the value breaks the grammar.
     */
    boolean scan(byte[] bytes, int from, int to, int base) {
        src = bytes;
        java.util.Arrays.fill(start, -1);
        java.util.Arrays.fill(escaped, null);
        int i = skipBlanks(from, to);
        int s = i;
        while (i < to && isToken(src[i])) {
            i++;
        }
        if (i == s) {
            throw new SipParseException(base + i - from, "authentication scheme missing");
        }
        digest = i - s == DIGEST.length && matches(s, DIGEST);
        if (!digest) {
            return false;
        }
        while (i < to) {
            while (i < to && (isBlank(src[i]) || src[i] == ',')) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int ns = i;
            while (i < to && isToken(src[i])) {
                i++;
            }
            if (i == ns) {
                throw new SipParseException(base + i - from, "expected an auth parameter name");
            }
            int ne = i;
            i = skipBlanks(i, to);
            if (i >= to || src[i] != '=') {
                throw new SipParseException(base + i - from, "expected '=' after an auth parameter name");
            }
            i = skipBlanks(i + 1, to);
            int field = fieldOf(ns, ne);
            if (i < to && src[i] == '"') {
                i = quoted(i, to, field, base - from);
            } else {
                int vs = i;
                while (i < to && src[i] != ',' && !isBlank(src[i])) {
                    i++;
                }
                keep(field, vs, i);
            }
            i = skipBlanks(i, to);
            if (i < to && src[i] != ',') {
                throw new SipParseException(base + i - from, "expected ',' between auth parameters");
            }
        }
        return true;
    }

    boolean has(Field f) {
        return start[f.ordinal()] >= 0;
    }

    String string(Field f) {
        int k = f.ordinal();
        if (start[k] < 0) {
            return null;
        }
        return escaped[k] != null ? new String(escaped[k], StandardCharsets.UTF_8)
                : new String(src, start[k], end[k] - start[k], StandardCharsets.UTF_8);
    }

    /** True when the field is present and equals {@code text} exactly ({@code ignoreCase} for tokens). */
    boolean is(Field f, String text, boolean ignoreCase) {
        int k = f.ordinal();
        if (start[k] < 0) {
            return false;
        }
        byte[] b = escaped[k] != null ? escaped[k] : src;
        int s = escaped[k] != null ? 0 : start[k];
        int n = escaped[k] != null ? b.length : end[k] - start[k];
        if (n != text.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int c = b[s + i];
            int t = text.charAt(i);
            if (c != t && !(ignoreCase && (c | 0x20) == (t | 0x20) && Character.isLetter(t))) {
                return false;
            }
        }
        return true;
    }

    /** Appends the field's bytes to {@code dst} at {@code at}; returns the new end. The caller sized {@code dst}. */
    int copy(Field f, byte[] dst, int at) {
        int k = f.ordinal();
        if (escaped[k] != null) {
            System.arraycopy(escaped[k], 0, dst, at, escaped[k].length);
            return at + escaped[k].length;
        }
        int n = end[k] - start[k];
        System.arraycopy(src, start[k], dst, at, n);
        return at + n;
    }

    int length(Field f) {
        int k = f.ordinal();
        return start[k] < 0 ? 0 : escaped[k] != null ? escaped[k].length : end[k] - start[k];
    }

    /** The i-th byte of the field's value (the field must be present and unescaped or escaped alike). */
    int byteAt(Field f, int i) {
        int k = f.ordinal();
        return escaped[k] != null ? escaped[k][i] : src[start[k] + i];
    }

    /** The slot of the user named by the field (present), looked up without making a String. */
    int slotIn(Field f, UserDirectory users) {
        int k = f.ordinal();
        return escaped[k] != null ? users.slotOf(escaped[k], 0, escaped[k].length)
                : users.slotOf(src, start[k], end[k]);
    }

    /** True when the field (present) holds exactly the bytes {@code b[s, e)}. */
    boolean sameAs(Field f, byte[] b, int s, int e) {
        int k = f.ordinal();
        return escaped[k] != null ? java.util.Arrays.equals(escaped[k], 0, escaped[k].length, b, s, e)
                : java.util.Arrays.equals(src, start[k], end[k], b, s, e);
    }

    private int quoted(int open, int to, int field, int offsetBase) {
        int i = open + 1;
        boolean hasEscape = false;
        while (i < to && src[i] != '"') {
            if (src[i] == '\\') {
                hasEscape = true;
                i++;
            }
            i++;
        }
        if (i >= to) {
            throw new SipParseException(offsetBase + open, "unterminated quoted string");
        }
        keep(field, open + 1, i);
        if (hasEscape && field >= 0 && escaped[field] == null && start[field] == open + 1) {
            escaped[field] = unescape(open + 1, i);
        }
        return i + 1;
    }

    private byte[] unescape(int s, int e) {
        byte[] out = new byte[e - s];
        int n = 0;
        for (int i = s; i < e; i++) {
            if (src[i] == '\\' && i + 1 < e) {
                i++;
            }
            out[n++] = src[i];
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The first occurrence of a parameter wins, as in {@code AuthHeader}. */
    private void keep(int field, int s, int e) {
        if (field >= 0 && start[field] < 0) {
            start[field] = s;
            end[field] = e;
        }
    }

    /** The field a parameter name denotes, or -1; picked by length and first letter, then confirmed. */
    private int fieldOf(int s, int e) {
        int first = src[s] | 0x20;
        Field f;
        switch (e - s) {
            case 2 -> f = Field.NC;
            case 3 -> f = first == 'u' ? Field.URI : Field.QOP;
            case 5 -> f = first == 'r' ? Field.REALM : Field.NONCE;
            case 6 -> f = Field.CNONCE;
            case 8 -> f = first == 'u' ? Field.USERNAME : Field.RESPONSE;
            case 9 -> f = Field.ALGORITHM;
            default -> f = null;
        }
        return f != null && matches(s, NAMES[f.ordinal()]) ? f.ordinal() : -1;
    }

    private boolean matches(int s, byte[] lower) {
        for (int i = 0; i < lower.length; i++) {
            int c = src[s + i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != lower[i]) {
                return false;
            }
        }
        return true;
    }

    private int skipBlanks(int i, int to) {
        while (i < to && isBlank(src[i])) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isToken(byte c) {
        return c >= 0 && TOKEN[c];
    }
}
