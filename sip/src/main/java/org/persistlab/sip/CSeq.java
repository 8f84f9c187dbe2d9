package org.persistlab.sip;

/** The CSeq header (RFC 3261 §20.16): a sequence number and the method of the transaction. */
public record CSeq(long number, String method) {
    /** RFC 3261 §8.1.1.5: the number MUST be expressible as a 32-bit unsigned integer. */
    public static final long MAX = 0xFFFF_FFFFL;

    public static CSeq parse(String value) {
        String v = value.trim();
        int sp = 0;
        while (sp < v.length() && !SipGrammar.isWs(v.charAt(sp))) {
            sp++;
        }
        long n = SipGrammar.parseNonNegative(v.substring(0, sp), 0);
        if (n > MAX) {
            throw new SipParseException(0, "CSeq number " + n + " exceeds 2^32-1");
        }
        String m = v.substring(sp).trim();
        if (m.isEmpty()) {
            throw new SipParseException(sp, "CSeq has no method");
        }
        for (int i = 0; i < m.length(); i++) {
            if (!SipGrammar.isTokenChar(m.charAt(i))) {
                throw new SipParseException(sp + 1 + i, "CSeq method is not a token");
            }
        }
        return new CSeq(n, m);
    }

    @Override
    public String toString() {
        return number + " " + method;
    }
}
