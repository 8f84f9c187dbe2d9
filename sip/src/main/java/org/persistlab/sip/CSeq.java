package org.persistlab.sip;

/** The CSeq header (RFC 3261 §20.16): a sequence number and the method of the transaction. */
public record CSeq(long number, String method) {
    /** RFC 3261 §8.1.1.5: the number MUST be expressible as a 32-bit unsigned integer. */
    public static final long MAX = 0xFFFF_FFFFL;

    /** The names of the known methods, in {@link SipMethod}'s order (the common ones first). */
    private static final String[] KNOWN_METHODS = java.util.Arrays.stream(SipMethod.values())
            .filter(m -> m != SipMethod.OTHER).map(SipMethod::name).toArray(String[]::new);

    public static CSeq parse(String value) {
        // Read in place, as String.trim() would bound it; offsets in errors are from the trimmed text.
        int b = 0;
        int e = value.length();
        while (b < e && value.charAt(b) <= ' ') {
            b++;
        }
        while (e > b && value.charAt(e - 1) <= ' ') {
            e--;
        }
        int sp = b;
        while (sp < e && !SipGrammar.isWs(value.charAt(sp))) {
            sp++;
        }
        long n = number(value, b, sp);
        if (n > MAX) {
            throw new SipParseException(0, "CSeq number " + n + " exceeds 2^32-1");
        }
        int ms = sp;
        while (ms < e && value.charAt(ms) <= ' ') {
            ms++;
        }
        if (ms == e) {
            throw new SipParseException(sp - b, "CSeq has no method");
        }
        for (int i = ms; i < e; i++) {
            if (!SipGrammar.isTokenChar(value.charAt(i))) {
                throw new SipParseException(sp - b + 1 + i - ms, "CSeq method is not a token");
            }
        }
        return new CSeq(n, method(value, ms, e));
    }

    /** The digits from {@code s} to {@code e}; anything unusual takes the general path and its errors. */
    private static long number(String v, int s, int e) {
        if (e == s || e - s > 18) {
            return SipGrammar.parseNonNegative(v.substring(s, e), 0);
        }
        long n = 0;
        for (int k = s; k < e; k++) {
            char c = v.charAt(k);
            if (c < '0' || c > '9') {
                return SipGrammar.parseNonNegative(v.substring(s, e), 0);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The method: the shared name of a known one (methods are case-sensitive), else a new String. */
    private static String method(String v, int s, int e) {
        for (String name : KNOWN_METHODS) {
            if (name.length() == e - s && v.startsWith(name, s)) {
                return name;
            }
        }
        return v.substring(s, e);
    }

    @Override
    public String toString() {
        return number + " " + method;
    }
}
