package org.persistlab.sip;

import java.util.Map;
import java.util.Objects;

/**
 * One Via value (RFC 3261 §20.42): {@code SIP/2.0/UDP host[:port];params}. Whitespace around the
 * slashes is allowed, as the grammar's SLASH permits.
 *
 * <p>Parameters are read from the raw text on demand: {@link #branch()} and friends scan for their
 * one parameter, and the full map is built only when {@link #params()} is asked for.
 */
public final class Via {
    /** RFC 3261 §8.1.1.7: branches of compliant clients start with this. */
    public static final String MAGIC_COOKIE = "z9hG4bK";

    private final String transportToken;
    private final String host;
    private final int port;
    private final String raw;
    private final int paramsFrom;
    private Map<String, String> params;
    private final String branch;

    private Via(String transportToken, String host, int port, String raw, int paramsFrom, String branch) {
        this.transportToken = transportToken;
        this.host = host;
        this.port = port;
        this.raw = raw;
        this.paramsFrom = paramsFrom;
        this.branch = branch;
    }

    public static Via parse(String value) {
        String v = value;
        int n = v.length();
        // The sent-protocol is read in place: only the transport ever becomes a String, and the
        // common ones are shared constants (every message's top Via is parsed on the analyzer's hot path).
        int nameStart = skipWs(v, 0);
        int nameEnd = tokenEnd(v, nameStart, "protocol name");
        int versionStart = skipWs(v, slashAfter(v, nameEnd));
        int versionEnd = tokenEnd(v, versionStart, "protocol version");
        int transportStart = skipWs(v, slashAfter(v, versionEnd));
        int transportEnd = tokenEnd(v, transportStart, "transport");
        if (nameEnd - nameStart != 3 || !v.regionMatches(true, nameStart, "SIP", 0, 3)
                || versionEnd - versionStart != 3 || !v.regionMatches(versionStart, "2.0", 0, 3)) {
            throw new SipParseException(0, "Via protocol is not SIP/2.0");
        }
        String transport = transportToken(v, transportStart, transportEnd);
        int i = skipWs(v, transportEnd);
        int hostStart = i;
        String host;
        if (i < n && v.charAt(i) == '[') {
            int close = v.indexOf(']', i);
            if (close < 0) {
                throw new SipParseException(i, "IPv6 reference without ']'");
            }
            host = v.substring(i, close + 1);
            i = close + 1;
        } else if (unbracketedIpv6(v, i)) {
            // RFC 3261 wants "[...]" around an IPv6 sent-by, but some UAs send it bare, and JAIN-SIP and
            // Wireshark both read it: with 8 or more colons, the last group is the port.
            int end = i;
            while (end < n && v.charAt(end) != ';' && !SipGrammar.isWs(v.charAt(end))) {
                end++;
            }
            String bare = v.substring(i, end);
            long colons = bare.chars().filter(c -> c == ':').count();
            int cut = colons >= 8 ? bare.lastIndexOf(':') : bare.length();
            host = bare.substring(0, cut);
            i += cut;
        } else {
            while (i < n && v.charAt(i) != ':' && v.charAt(i) != ';' && !SipGrammar.isWs(v.charAt(i))) {
                i++;
            }
            host = v.substring(hostStart, i);
        }
        if (host.isEmpty()) {
            throw new SipParseException(hostStart, "Via has no sent-by host");
        }
        i = skipWs(v, i);
        int port = -1;
        if (i < n && v.charAt(i) == ':') {
            i = skipWs(v, i + 1);
            int ps = i;
            while (i < n && Character.isDigit(v.charAt(i))) {
                i++;
            }
            long p = portNumber(v, ps, i);
            if (p > 65535) {
                throw new SipParseException(ps, "Via port " + p + " is above 65535");
            }
            port = (int) p;
        }
        // Check the parameters' syntax now, so a bad Via fails at parse time, not at first use.
        // The branch is read in the same pass: every tracker asks for it.
        String branch = SipGrammar.checkParamsFinding(v, i, "branch");
        return new Via(transport, host, port, v, i, branch);
    }

    private static int skipWs(String v, int i) {
        while (i < v.length() && SipGrammar.isWs(v.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the token that starts at {@code s}; throws when there is none. */
    private static int tokenEnd(String v, int s, String what) {
        int i = s;
        while (i < v.length() && SipGrammar.isTokenChar(v.charAt(i))) {
            i++;
        }
        if (i == s) {
            throw new SipParseException(s, "Via " + what + " missing");
        }
        return i;
    }

    /** Just past the '/' that must follow {@code from}, blanks allowed before it. */
    private static int slashAfter(String v, int from) {
        int i = skipWs(v, from);
        if (i >= v.length() || v.charAt(i) != '/') {
            throw new SipParseException(i, "expected '/' in Via sent-protocol");
        }
        return i + 1;
    }

    /** The transport upper-cased: the constant for one of the usual ones, else a new String. */
    private static String transportToken(String v, int s, int e) {
        for (String known : KNOWN_TRANSPORTS) {
            if (known.length() == e - s && v.regionMatches(true, s, known, 0, e - s)) {
                return known;
            }
        }
        return v.substring(s, e).toUpperCase(java.util.Locale.ROOT);
    }

    private static final String[] KNOWN_TRANSPORTS = {"UDP", "TCP", "TLS", "SCTP", "WS", "WSS"};

    /** The port's digits from {@code s} to {@code e} as a number; anything unusual takes the general path and its errors. */
    private static long portNumber(String v, int s, int e) {
        if (e == s || e - s > 9) {
            return SipGrammar.parseNonNegative(v.substring(s, e), s);
        }
        long p = 0;
        for (int k = s; k < e; k++) {
            char c = v.charAt(k);
            if (c < '0' || c > '9') {
                return SipGrammar.parseNonNegative(v.substring(s, e), s);
            }
            p = p * 10 + (c - '0');
        }
        return p;
    }

    /** True when the sent-by at {@code i} has two or more colons before its parameters: a bare IPv6 address. */
    private static boolean unbracketedIpv6(String v, int i) {
        int colons = 0;
        for (int k = i; k < v.length() && v.charAt(k) != ';' && !SipGrammar.isWs(v.charAt(k)); k++) {
            if (v.charAt(k) == ':') {
                colons++;
            }
        }
        return colons >= 2;
    }

    /** The transport as written, upper-cased ({@code UDP}, {@code TLS}, ...). */
    public String transportToken() {
        return transportToken;
    }

    /** The sent-by host; an IPv6 reference keeps its brackets. */
    public String host() {
        return host;
    }

    /** The sent-by port, or -1 when absent. */
    public int port() {
        return port;
    }

    /** Via parameters, names lower-cased. */
    public Map<String, String> params() {
        if (params == null) {
            params = SipGrammar.params(raw, paramsFrom);
        }
        return params;
    }

    private String param(String name) {
        return params != null ? params.get(name) : SipGrammar.param(raw, paramsFrom, name);
    }

    /** The transport as an enum, or {@code null} for one we do not know. */
    public Transport transport() {
        return Transport.fromToken(transportToken);
    }

    /** The branch parameter ({@code ""} when it has no value), or {@code null}. */
    public String branch() {
        return branch;
    }

    public String received() {
        return param("received");
    }

    /** The {@code rport} parameter: {@code null} when absent, empty when present without a value. */
    public String rport() {
        return param("rport");
    }

    /** True when the branch carries the RFC 3261 magic cookie, so it alone identifies the transaction. */
    public boolean hasMagicCookie() {
        String b = branch();
        return b != null && b.startsWith(MAGIC_COOKIE);
    }

    /** The sent-by as {@code host[:port]}, as written. */
    public String sentBy() {
        return port < 0 ? host : host + ":" + port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Via v && v.port == port && v.transportToken.equals(transportToken) && v.host.equals(host)
                && v.params().equals(params());
    }

    @Override
    public int hashCode() {
        return Objects.hash(transportToken, host, port, params());
    }

    @Override
    public String toString() {
        return "Via[" + transportToken + " " + sentBy() + " " + params() + "]";
    }
}
