package org.persistlab.sip;

import java.util.Map;
import java.util.Objects;

/**
 * A name-addr or addr-spec with header parameters, as in From, To and Contact (RFC 3261 §20.10,
 * §20.20, §20.39). Without angle brackets, everything after the first ';' is a header parameter,
 * not a URI parameter (§20.10).
 *
 * <p>Header parameters are read from the raw text on demand (the tag is read by scanning), and the
 * full map is built only when {@link #params()} is asked for.
 */
public final class Address {
    private final String displayName;
    private final String uri;
    private final String raw;
    private final int paramsFrom;
    private Map<String, String> params;
    private final String tag;

    private Address(String displayName, String uri, String raw, int paramsFrom, String tag) {
        this.displayName = displayName;
        this.uri = uri;
        this.raw = raw;
        this.paramsFrom = paramsFrom;
        this.tag = tag;
    }

    private static Address of(String displayName, String uri, String raw, int paramsFrom) {
        // Check the parameters' syntax now, so a bad header fails at parse time, not at first use; the
        // tag comes out of the same pass, as From and To are read for it.
        String tag = paramsFrom < 0 ? null : SipGrammar.checkParamsFinding(raw, paramsFrom, "tag");
        return new Address(displayName, uri, raw, paramsFrom, tag);
    }

    public static Address parse(String value) {
        String v = value.trim();
        if (v.equals("*")) {
            return of(null, "*", v, -1);
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
            return of(display, uri, v, gt + 1);
        }
        if (v.isEmpty()) {
            throw new SipParseException(0, "empty address");
        }
        if (v.indexOf(':') < 0) {
            throw new SipParseException(0, "address has no URI scheme");
        }
        int semi = v.indexOf(';');
        String uri = semi < 0 ? v : v.substring(0, semi).trim();
        return of(null, uri, v, semi < 0 ? -1 : semi);
    }

    /** The '<' that opens the URI, skipping any inside a quoted display name; -1 when there is none. */
    private static int findAngle(String v) {
        int lt = v.indexOf('<');
        int quote = v.indexOf('"');
        if (quote < 0 || lt >= 0 && lt < quote) {
            return lt; // no quoted display name before it: the first '<' is the one
        }
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

    /** The display name without quotes, or {@code null}. */
    public String displayName() {
        return displayName;
    }

    /** The URI as written, without angle brackets; {@code "*"} for a wildcard Contact. */
    public String uri() {
        return uri;
    }

    /** Header parameters, names lower-cased. */
    public Map<String, String> params() {
        if (params == null) {
            params = paramsFrom < 0 ? Map.of() : SipGrammar.params(raw, paramsFrom);
        }
        return params;
    }

    private String param0(String name) {
        if (params != null) {
            return params.get(name);
        }
        return paramsFrom < 0 ? null : SipGrammar.param(raw, paramsFrom, name);
    }

    public boolean isWildcard() {
        return "*".equals(uri);
    }

    /** The tag parameter ({@code ""} when it has no value), or {@code null}. */
    public String tag() {
        return tag;
    }

    public String param(String name) {
        return param0(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The {@code expires} parameter in seconds (Contact, §20.10); -1 when absent or not a number. */
    public long expires() {
        String e = param0("expires");
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Objects.equals(a.displayName, displayName) && a.uri.equals(uri)
                && a.params().equals(params());
    }

    @Override
    public int hashCode() {
        return Objects.hash(displayName, uri, params());
    }

    @Override
    public String toString() {
        return "Address[" + (displayName == null ? "" : "\"" + displayName + "\" ") + "<" + uri + ">" + params() + "]";
    }
}
