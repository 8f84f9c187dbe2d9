package org.persistlab.sip;

/**
 * The header names the lab reads, with their RFC 3261 §7.3.3 (and later RFCs') compact forms, and
 * whether the header may carry several comma-separated values on one line (RFC 3261 §7.3.1).
 * Names are matched without regard to case.
 */
public enum HeaderName {
    VIA("Via", 'v', true),
    FROM("From", 'f', false),
    TO("To", 't', false),
    CALL_ID("Call-ID", 'i', false),
    CSEQ("CSeq", (char) 0, false),
    CONTACT("Contact", 'm', true),
    MAX_FORWARDS("Max-Forwards", (char) 0, false),
    CONTENT_LENGTH("Content-Length", 'l', false),
    CONTENT_TYPE("Content-Type", 'c', false),
    CONTENT_ENCODING("Content-Encoding", 'e', true),
    EXPIRES("Expires", (char) 0, false),
    MIN_EXPIRES("Min-Expires", (char) 0, false),
    AUTHORIZATION("Authorization", (char) 0, false),
    WWW_AUTHENTICATE("WWW-Authenticate", (char) 0, false),
    PROXY_AUTHORIZATION("Proxy-Authorization", (char) 0, false),
    PROXY_AUTHENTICATE("Proxy-Authenticate", (char) 0, false),
    AUTHENTICATION_INFO("Authentication-Info", (char) 0, false),
    RETRY_AFTER("Retry-After", (char) 0, false),
    USER_AGENT("User-Agent", (char) 0, false),
    SERVER("Server", (char) 0, false),
    ROUTE("Route", (char) 0, true),
    RECORD_ROUTE("Record-Route", (char) 0, true),
    PATH("Path", (char) 0, true),
    SUBJECT("Subject", 's', false),
    SUPPORTED("Supported", 'k', true),
    REQUIRE("Require", (char) 0, true),
    PROXY_REQUIRE("Proxy-Require", (char) 0, true),
    UNSUPPORTED("Unsupported", (char) 0, true),
    ALLOW("Allow", (char) 0, true),
    ACCEPT("Accept", (char) 0, true),
    ACCEPT_ENCODING("Accept-Encoding", (char) 0, true),
    ACCEPT_LANGUAGE("Accept-Language", (char) 0, true),
    EVENT("Event", 'o', false),
    ALLOW_EVENTS("Allow-Events", 'u', true),
    REFER_TO("Refer-To", 'r', false),
    REFERRED_BY("Referred-By", 'b', false),
    SESSION_EXPIRES("Session-Expires", 'x', false),
    ACCEPT_CONTACT("Accept-Contact", 'a', true),
    REJECT_CONTACT("Reject-Contact", 'j', true),
    REQUEST_DISPOSITION("Request-Disposition", 'd', true),
    IDENTITY("Identity", 'y', false),
    IDENTITY_INFO("Identity-Info", 'n', false),
    WARNING("Warning", (char) 0, true),
    REASON("Reason", (char) 0, true),
    DATE("Date", (char) 0, false),
    FLOW_TIMER("Flow-Timer", (char) 0, false),
    SUBSCRIPTION_STATE("Subscription-State", (char) 0, false);

    private static final HeaderName[] VALUES = values();
    /** Open-addressed table keyed by a case-folded hash of the name; sized to stay sparse. */
    private static final HeaderName[] TABLE = new HeaderName[512];
    private static final HeaderName[] COMPACT = new HeaderName[128];

    static {
        for (HeaderName h : VALUES) {
            byte[] n = h.lower;
            int slot = hash(n, 0, n.length) & (TABLE.length - 1);
            while (TABLE[slot] != null) {
                slot = (slot + 1) & (TABLE.length - 1);
            }
            TABLE[slot] = h;
            if (h.compact != 0) {
                COMPACT[h.compact] = h;
                COMPACT[Character.toUpperCase(h.compact)] = h;
            }
        }
    }

    private final String canonical;
    private final char compact;
    private final boolean commaList;
    private final byte[] lower;

    HeaderName(String canonical, char compact, boolean commaList) {
        this.canonical = canonical;
        this.compact = compact;
        this.commaList = commaList;
        this.lower = canonical.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The long form as RFC 3261 spells it, e.g. {@code Call-ID}. */
    public String canonical() {
        return canonical;
    }

    /** The compact form, or 0 when there is none. */
    public char compact() {
        return compact;
    }

    /** True when several values may share one header line, separated by commas. */
    public boolean commaList() {
        return commaList;
    }

    /** Looks up a name given as bytes; {@code null} when it is not one of ours. */
    public static HeaderName lookup(byte[] b, int start, int end) {
        int len = end - start;
        if (len == 1) {
            int c = b[start];
            return c >= 0 ? COMPACT[c] : null;
        }
        int slot = hash(b, start, end) & (TABLE.length - 1);
        HeaderName h;
        while ((h = TABLE[slot]) != null) {
            if (h.matches(b, start, end)) {
                return h;
            }
            slot = (slot + 1) & (TABLE.length - 1);
        }
        return null;
    }

    /** Looks up a name given as text, long or compact form. */
    public static HeaderName lookup(String name) {
        byte[] b = name.trim().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return lookup(b, 0, b.length);
    }

    private boolean matches(byte[] b, int start, int end) {
        byte[] n = lower;
        if (n.length != end - start) {
            return false;
        }
        for (int i = 0; i < n.length; i++) {
            int c = b[start + i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != n[i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] b, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            int c = b[i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            h = h * 31 + c;
        }
        return h ^ (h >>> 9);
    }
}
