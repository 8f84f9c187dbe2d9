package org.persistlab.sip;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A challenge or credentials header (WWW-Authenticate, Proxy-Authenticate, Authorization,
 * Proxy-Authorization; RFC 3261 §20.7, §20.27, §20.28, §20.44 and RFC 7616): a scheme and
 * comma-separated {@code name=value} parameters, values unquoted, names lower-cased.
 */
public record AuthHeader(String scheme, Map<String, String> params) {
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
        Map<String, String> params = new LinkedHashMap<>(12);
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
            String name = v.substring(ns, i).toLowerCase(Locale.ROOT);
            while (i < n && SipGrammar.isWs(v.charAt(i))) {
                i++;
            }
            if (i >= n || v.charAt(i) != '=') {
                throw new SipParseException(i, "expected '=' after auth parameter " + name);
            }
            i++;
            while (i < n && SipGrammar.isWs(v.charAt(i))) {
                i++;
            }
            String val;
            if (i < n && v.charAt(i) == '"') {
                int close = SipGrammar.closingQuote(v, i);
                val = SipGrammar.unescape(v, i + 1, close);
                i = close + 1;
            } else {
                int vs = i;
                while (i < n && v.charAt(i) != ',' && !SipGrammar.isWs(v.charAt(i))) {
                    i++;
                }
                val = v.substring(vs, i);
            }
            params.putIfAbsent(name, val);
            while (i < n && SipGrammar.isWs(v.charAt(i))) {
                i++;
            }
            if (i < n && v.charAt(i) != ',') {
                throw new SipParseException(i, "expected ',' between auth parameters");
            }
        }
        return new AuthHeader(scheme, java.util.Collections.unmodifiableMap(params));
    }

    public String param(String name) {
        return params.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean isDigest() {
        return scheme.equalsIgnoreCase("Digest");
    }
}
