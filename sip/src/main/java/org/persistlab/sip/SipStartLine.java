package org.persistlab.sip;

/**
 * Recognises a SIP start line from its bytes, without parsing the rest: {@code Method SP URI SP SIP/2.0}
 * or {@code SIP/2.0 SP 3DIGIT ...}. Used to find where a message starts in a stream or a datagram.
 */
public final class SipStartLine {
    private SipStartLine() {
    }

    /** True when {@code b[s, e)} (one line, without its line end) is a SIP request or status line. */
    public static boolean isStartLine(byte[] b, int s, int e) {
        if (e - s < 11) {
            return false;
        }
        if (isVersion(b, s)) {
            return b[s + 7] == ' ' && isDigit(b[s + 8]) && isDigit(b[s + 9]) && isDigit(b[s + 10])
                    && (e - s == 11 || b[s + 11] == ' ');
        }
        int i = s;
        while (i < e && SipGrammar.isTokenChar(b[i])) {
            i++;
        }
        if (i == s || i >= e || b[i] != ' ') {
            return false;
        }
        return e - 8 > i && b[e - 8] == ' ' && isVersion(b, e - 7);
    }

    /** True when a line starting at {@code s} may still become a start line once more bytes arrive. */
    public static boolean couldBeStartLine(byte[] b, int s, int e) {
        if (e - s >= 7 && isVersion(b, s) || isVersionPrefix(b, s, e)) {
            return true;
        }
        int i = s;
        while (i < e && SipGrammar.isTokenChar(b[i])) {
            i++;
        }
        return i == e || (i > s && b[i] == ' ');
    }

    /** True when {@code b[s, e)} is a proper prefix of "SIP/2.0" (a status line cut short). */
    private static boolean isVersionPrefix(byte[] b, int s, int e) {
        String v = "sip/2.0";
        if (e - s >= v.length()) {
            return false;
        }
        for (int i = s; i < e; i++) {
            int c = i - s < 3 ? b[i] | 0x20 : b[i];
            if (c != v.charAt(i - s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVersion(byte[] b, int s) {
        return (b[s] | 0x20) == 's' && (b[s + 1] | 0x20) == 'i' && (b[s + 2] | 0x20) == 'p' && b[s + 3] == '/'
                && b[s + 4] == '2' && b[s + 5] == '.' && b[s + 6] == '0';
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Finds a start line glued to the end of junk on the same line ({@code xxxREGISTER sip:a SIP/2.0},
     * {@code xxxSIP/2.0 200 OK}), as some broken senders produce. Returns the index where the start
     * line begins, or -1. Only known method names are recognised after junk, so that junk made of
     * token characters is not mistaken for an extension method.
     */
    public static int findStartWithin(byte[] b, int s, int e) {
        if (isStartLine(b, s, e)) {
            return s;
        }
        for (int i = s + 1; i + 11 <= e; i++) {
            if ((b[i] | 0x20) == 's' && isVersion(b, i) && isStartLine(b, i, e)) {
                return i;
            }
        }
        if (e - s < 15 || b[e - 8] != ' ' || !isVersion(b, e - 7)) {
            return -1;
        }
        int sp1 = e - 9;
        while (sp1 > s && b[sp1] != ' ') {
            sp1--;
        }
        if (sp1 <= s) {
            return -1;
        }
        for (SipMethod m : SipMethod.values()) {
            if (m == SipMethod.OTHER) {
                continue;
            }
            String n = m.name();
            int start = sp1 - n.length();
            if (start > s && regionIs(b, start, n)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean regionIs(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
