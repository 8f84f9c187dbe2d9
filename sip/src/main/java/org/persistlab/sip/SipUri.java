package org.persistlab.sip;

import java.util.Locale;
import java.util.Map;

/**
 * A SIP, SIPS or tel URI (RFC 3261 §19.1, RFC 3966), split into the parts the lab uses.
 *
 * @param scheme lower-cased: {@code sip}, {@code sips}, {@code tel}, or another scheme as written
 * @param user   the user part (for tel, the number), or {@code null}
 * @param host   the host; an IPv6 reference keeps its brackets; {@code null} for tel
 * @param port   the port, or -1 when absent
 * @param params URI parameters, names lower-cased
 */
public record SipUri(String scheme, String user, String host, int port, Map<String, String> params) {
    public static SipUri parse(String text) {
        String v = text.trim();
        int colon = v.indexOf(':');
        if (colon <= 0) {
            throw new SipParseException(0, "URI has no scheme: '" + text + "'");
        }
        String scheme = scheme(v, colon);
        int restEnd = v.indexOf('?', colon + 1);
        if (restEnd < 0) {
            restEnd = v.length();
        }
        if (!scheme.equals("sip") && !scheme.equals("sips")) {
            String rest = v.substring(colon + 1, restEnd);
            int semi = rest.indexOf(';');
            String number = semi < 0 ? rest : rest.substring(0, semi);
            return new SipUri(scheme, number, null, -1, semi < 0 ? Map.of() : SipGrammar.params(rest, semi));
        }
        // user and host are cut straight out of the text: an AoR is read from every REGISTER's To
        int at = v.lastIndexOf('@', restEnd - 1);
        String user = null;
        int hostFrom = colon + 1;
        if (at > colon) {
            int pw = v.indexOf(':', colon + 1);
            user = v.substring(colon + 1, pw >= 0 && pw < at ? pw : at);
            hostFrom = at + 1;
        }
        String hostPart = v.substring(hostFrom, restEnd);
        int i = 0;
        String host;
        if (hostPart.startsWith("[")) {
            int close = hostPart.indexOf(']');
            if (close < 0) {
                throw new SipParseException(colon + 1, "IPv6 reference without ']' in '" + text + "'");
            }
            host = hostPart.substring(0, close + 1);
            i = close + 1;
        } else if (colonsBeforeParams(hostPart) >= 2) {
            // A bare IPv6 host (RFC 3261 wants brackets; some UAs omit them): with 8 or more colons the
            // last group is the port, as in Via.
            int end = hostPart.indexOf(';') < 0 ? hostPart.length() : hostPart.indexOf(';');
            String bare = hostPart.substring(0, end);
            i = colonsBeforeParams(hostPart) >= 8 ? bare.lastIndexOf(':') : end;
            host = hostPart.substring(0, i);
        } else {
            while (i < hostPart.length() && hostPart.charAt(i) != ':' && hostPart.charAt(i) != ';') {
                i++;
            }
            host = hostPart.substring(0, i);
        }
        if (host.isEmpty()) {
            throw new SipParseException(colon + 1, "URI has no host: '" + text + "'");
        }
        int port = -1;
        if (i < hostPart.length() && hostPart.charAt(i) == ':') {
            int ps = ++i;
            while (i < hostPart.length() && Character.isDigit(hostPart.charAt(i))) {
                i++;
            }
            long p = SipGrammar.parseNonNegative(hostPart.substring(ps, i), ps);
            if (p > 65535) {
                throw new SipParseException(ps, "URI port " + p + " is above 65535");
            }
            port = (int) p;
        }
        Map<String, String> params = i < hostPart.length() ? SipGrammar.params(hostPart, i) : Map.of();
        return new SipUri(scheme, user, host.toLowerCase(Locale.ROOT), port, params);
    }

    /** The scheme lower-cased; {@code sip} and {@code sips} as shared constants. */
    private static String scheme(String v, int colon) {
        if (colon == 3 && v.regionMatches(true, 0, "sip", 0, 3)) {
            return "sip";
        }
        if (colon == 4 && v.regionMatches(true, 0, "sips", 0, 4)) {
            return "sips";
        }
        return v.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static int colonsBeforeParams(String hostPart) {
        int n = 0;
        for (int k = 0; k < hostPart.length() && hostPart.charAt(k) != ';'; k++) {
            if (hostPart.charAt(k) == ':') {
                n++;
            }
        }
        return n;
    }

    /** {@code user@host}: the key registrations are kept under (an address-of-record, §10.3 step 5). */
    public String aor() {
        return user == null ? host : host == null ? user : user + "@" + host;
    }

    public String param(String name) {
        return params.get(name.toLowerCase(Locale.ROOT));
    }
}
