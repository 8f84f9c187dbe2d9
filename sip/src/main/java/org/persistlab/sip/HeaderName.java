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

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long FOLD = 0x2020202020202020L;
    private static final HeaderName[] VALUES = values();
    /** Open-addressed table keyed by a case-folded hash of the name; sized to stay sparse. */
    private static final int TABLE_BITS = 9;
    private static final HeaderName[] TABLE = new HeaderName[1 << TABLE_BITS];
    private static final HeaderName[] COMPACT = new HeaderName[128];

    static {
        for (HeaderName h : VALUES) {
            byte[] n = h.lower;
            int slot = slotOf(n, 0, n.length);
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
    /**
     * {@link #lower} read as little-endian longs for {@link #matchesToken}, the last one zero-padded;
     * {@link #lastMask} keeps the bytes of the last word that belong to the name.
     */
    private final long[] words;
    private final long lastMask;

    HeaderName(String canonical, char compact, boolean commaList) {
        this.canonical = canonical;
        this.compact = compact;
        this.commaList = commaList;
        this.lower = canonical.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int n = lower.length;
        this.words = new long[(n + Long.BYTES - 1) / Long.BYTES];
        // Assembled by hand: the enum's constants are built before its static fields (LONGS) exist.
        for (int i = 0; i < n; i++) {
            words[i / Long.BYTES] |= (long) (lower[i] & 0xFF) << (8 * (i % Long.BYTES));
        }
        int rest = n - (words.length - 1) * Long.BYTES;
        this.lastMask = rest == Long.BYTES ? -1L : (1L << (8 * rest)) - 1;
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
        return lookup(b, start, end, false);
    }

    /**
     * As {@link #lookup(byte[], int, int)}, for a name the message indexer has checked to be a token
     * (RFC 3261 §25.1). A token lets the comparison fold case eight bytes at a time: ORing 0x20 into a
     * token character only ever turns an upper-case letter into its lower-case one or leaves a
     * character that is in none of our names, so the names match exactly when they are equal without
     * case.
     */
    static HeaderName lookupToken(byte[] b, int start, int end) {
        return lookup(b, start, end, true);
    }

    private static HeaderName lookup(byte[] b, int start, int end, boolean token) {
        int len = end - start;
        if (len == 1) {
            int c = b[start];
            return c >= 0 ? COMPACT[c] : null;
        }
        if (len < 1) {
            return null;
        }
        int slot = slotOf(b, start, end);
        HeaderName h;
        while ((h = TABLE[slot]) != null) {
            if (token ? h.matchesToken(b, start, len) : h.matches(b, start, end)) {
                return h;
            }
            slot = (slot + 1) & (TABLE.length - 1);
        }
        return null;
    }

    private boolean matchesToken(byte[] b, int start, int len) {
        if (lower.length != len) {
            return false;
        }
        int last = words.length - 1;
        if (start + (last + 1) * Long.BYTES > b.length) {
            return matches(b, start, start + len); // too near the end of the array to read whole words
        }
        for (int w = 0; w < last; w++) {
            if (((long) LONGS.get(b, start + w * Long.BYTES) | FOLD) != words[w]) {
                return false;
            }
        }
        return (((long) LONGS.get(b, start + last * Long.BYTES) | FOLD) & lastMask) == words[last];
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

    /**
     * The table slot of a name of two or more bytes, from its length and four of its bytes with 0x20
     * ORed in (which lower-cases letters). Hashing every byte would chain a multiply per byte, and
     * that, not the comparison, was the cost of a lookup; these five values already tell all our
     * names apart, and the multiply (MurmurHash3's constant) spreads them over the table without a
     * single collision, which {@code HeaderNameTest} holds.
     */
    static int slotOf(byte[] b, int start, int end) {
        int len = end - start;
        int key = len << 24 ^ (b[start] | 0x20) << 16 ^ (b[start + 1] | 0x20) << 8 ^ (b[end - 1] | 0x20)
                ^ (b[start + len / 2] | 0x20) << 4;
        return (key * 0x85EBCA6B) >>> (Integer.SIZE - TABLE_BITS);
    }
}
