package org.persistlab.sip;

import java.util.Map;

/**
 * A name-addr or addr-spec with header parameters, as in From, To and Contact (RFC 3261 §20.10,
 * §20.20, §20.39). Without angle brackets, everything after the first ';' is a header parameter,
 * not a URI parameter (§20.10).
 *
 * @param displayName the display name without quotes, or {@code null}
 * @param uri         the URI as written, without angle brackets; {@code "*"} for a wildcard Contact
 * @param params      header parameters, names lower-cased
 */
public record Address(String displayName, String uri, Map<String, String> params) {
    public static Address parse(String value) {
        String v = value.trim();
        if (v.equals("*")) {
            return new Address(null, "*", Map.of());
        }
        int lt = findAngle(v);
        if (lt >= 0) {
            int gt = v.indexOf('>', lt + 1);
            if (gt < 0) {
                throw new SipParseException(lt, "'<' without '>'");
            }
            String display = displayName(v.substring(0, lt).trim());
            String uri = v.substring(lt + 1, gt).trim();
            if (uri.isEmpty()) {
                throw new SipParseException(lt + 1, "empty URI");
            }
            return new Address(display, uri, SipGrammar.params(v, gt + 1));
        }
        if (v.isEmpty()) {
            throw new SipParseException(0, "empty address");
        }
        if (v.indexOf(':') < 0) {
            throw new SipParseException(0, "address has no URI scheme");
        }
        int semi = v.indexOf(';');
        String uri = semi < 0 ? v : v.substring(0, semi).trim();
        return new Address(null, uri, semi < 0 ? Map.of() : SipGrammar.params(v, semi));
    }

    /** The '<' that opens the URI, skipping any inside a quoted display name; -1 when there is none. */
    private static int findAngle(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                i = SipGrammar.closingQuote(v, i);
            } else if (c == '<') {
                return i;
            }
        }
        return -1;
    }

    private static String displayName(String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        if (raw.charAt(0) == '"') {
            int close = SipGrammar.closingQuote(raw, 0);
            return SipGrammar.unescape(raw, 1, close);
        }
        return raw;
    }

    public boolean isWildcard() {
        return "*".equals(uri);
    }

    public String tag() {
        return params.get("tag");
    }

    public String param(String name) {
        return params.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The {@code expires} parameter in seconds (Contact, §20.10); -1 when absent or not a number. */
    public long expires() {
        String e = params.get("expires");
        if (e == null) {
            return -1;
        }
        try {
            return SipGrammar.parseNonNegative(e, 0);
        } catch (SipParseException ex) {
            return -1;
        }
    }

    public SipUri sipUri() {
        return SipUri.parse(uri);
    }
}
