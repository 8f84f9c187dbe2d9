package org.persistlab.sip;

import java.util.Arrays;

/**
 * A challenge or credentials header (WWW-Authenticate, Proxy-Authenticate, Authorization,
 * Proxy-Authorization; RFC 3261 §20.7, §20.27, §20.28, §20.44 and RFC 7616): a scheme and
 * comma-separated {@code name=value} parameters. Names compare without case; values come unquoted
 * and unescaped; when a name repeats, its first value counts.
 *
 * <p>The whole header is checked when it is parsed, but only the positions of the parameters are
 * kept: a value becomes a string when it is asked for, so reading the three parameters a registrar
 * needs out of the nine a phone sends costs three strings, not a map of nine.
 */
public final class AuthHeader {
    private final String value;
    private final String scheme;
    /** Per parameter: name start, name end, value start, value end (inside the quotes when quoted). */
    private final int[] spans;
    private final boolean[] quoted;
    private final int count;

    private AuthHeader(String value, String scheme, int[] spans, boolean[] quoted, int count) {
        this.value = value;
        this.scheme = scheme;
        this.spans = spans;
        this.quoted = quoted;
        this.count = count;
    }

    public static AuthHeader parse(String value) {
        String v = value;
        int n = v.length();
        int i = 0;
        while (i < n && SipGrammar.isWs(v.charAt(i))) {
            i++;
        }
        int s = i;
        while (i < n && SipGrammar.isTokenChar(v.charAt(i))) {
            i++;
        }
        if (i == s) {
            throw new SipParseException(s, "authentication scheme missing");
        }
        String scheme = v.substring(s, i);
        int[] spans = new int[4 * 10];
        boolean[] quoted = new boolean[10];
        int count = 0;
        while (i < n) {
            while (i < n && (SipGrammar.isWs(v.charAt(i)) || v.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int ns = i;
            while (i < n && SipGrammar.isTokenChar(v.charAt(i))) {
                i++;
            }
            if (i == ns) {
                throw new SipParseException(i, "expected an auth parameter name");
            }
            int ne = i;
            while (i < n && SipGrammar.isWs(v.charAt(i))) {
                i++;
            }
            if (i >= n || v.charAt(i) != '=') {
                throw new SipParseException(i, "expected '=' after auth parameter " + v.substring(ns, ne));
            }
            i++;
            while (i < n && SipGrammar.isWs(v.charAt(i))) {
                i++;
            }
            int vs;
            int ve;
            boolean q = i < n && v.charAt(i) == '"';
            if (q) {
                int close = SipGrammar.closingQuote(v, i);
                vs = i + 1;
                ve = close;
                i = close + 1;
            } else {
                vs = i;
                while (i < n && v.charAt(i) != ',' && !SipGrammar.isWs(v.charAt(i))) {
                    i++;
                }
                ve = i;
            }
            if (count == quoted.length) {
                spans = Arrays.copyOf(spans, 8 * count);
                quoted = Arrays.copyOf(quoted, 2 * count);
            }
            spans[4 * count] = ns;
            spans[4 * count + 1] = ne;
            spans[4 * count + 2] = vs;
            spans[4 * count + 3] = ve;
            quoted[count] = q;
            count++;
            while (i < n && SipGrammar.isWs(v.charAt(i))) {
                i++;
            }
            if (i < n && v.charAt(i) != ',') {
                throw new SipParseException(i, "expected ',' between auth parameters");
            }
        }
        return new AuthHeader(v, scheme, spans, quoted, count);
    }

    /** The scheme as written, e.g. {@code Digest}. */
    public String scheme() {
        return scheme;
    }

    /** The first value of the parameter {@code name} (any case), unquoted; {@code null} when absent. */
    public String param(String name) {
        int len = name.length();
        for (int k = 0; k < count; k++) {
            int ns = spans[4 * k];
            if (spans[4 * k + 1] - ns == len && value.regionMatches(true, ns, name, 0, len)) {
                int vs = spans[4 * k + 2];
                int ve = spans[4 * k + 3];
                return quoted[k] ? SipGrammar.unescape(value, vs, ve) : value.substring(vs, ve);
            }
        }
        return null;
    }

    public boolean isDigest() {
        return scheme.equalsIgnoreCase("Digest");
    }

    @Override
    public String toString() {
        return value.strip();
    }
}
