package org.persistlab.sim.gateway;

/**
 * Reads the usual shape of a To or Contact value in place (RFC 3261 §20.10): an optional display
 * name, {@code <sip:user@host...>} or a bare {@code sip:user@host}, then {@code ;name[=value]}
 * header parameters, of which {@code expires} is kept. Anything else (several comma-separated
 * values, an escaped user part, a folded line, a scheme other than sip/sips) makes {@link #scan}
 * return false and the caller uses the sip module's full parser, which the tests hold this to.
 */
final class AddressScan {
    int uriStart;
    int uriEnd;
    /** The user part of a sip/sips URI, or -1 when the URI has none. */
    int userStart;
    int userEnd;
    /** The {@code expires} parameter; -1 when absent or not a number (as {@code Address.expires()}). */
    long expires;
    boolean wildcard;

    boolean scan(RawMessage raw, int header) {
        byte[] b = raw.bytes();
        int end = raw.valueEnd(header);
        if (end < 0) {
            return false;
        }
        int i = skipBlanks(b, raw.valueStart(header), end);
        wildcard = false;
        expires = -1;
        if (i < end && b[i] == '*' && skipBlanks(b, i + 1, end) == end) {
            wildcard = true;
            return true;
        }
        int lt = findOpeningAngle(b, i, end);
        if (lt == -2) {
            return false;
        }
        int paramsFrom;
        if (lt >= 0) {
            uriStart = skipBlanks(b, lt + 1, end);
            int gt = lt + 1;
            while (gt < end && b[gt] != '>') {
                gt++;
            }
            if (gt >= end) {
                return false;
            }
            uriEnd = gt;
            while (uriEnd > uriStart && isBlank(b[uriEnd - 1])) {
                uriEnd--;
            }
            paramsFrom = gt + 1;
        } else {
            uriStart = i;
            uriEnd = i;
            while (uriEnd < end && b[uriEnd] != ';' && b[uriEnd] != ',' && !isBlank(b[uriEnd])) {
                uriEnd++;
            }
            paramsFrom = uriEnd;
        }
        return uriStart < uriEnd && user(b) && params(b, paramsFrom, end);
    }

    /** Index of '<' (skipping a quoted display name), -1 for an addr-spec, -2 for a shape left to the full parser. */
    private static int findOpeningAngle(byte[] b, int i, int end) {
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                i++;
                while (i < end && b[i] != '"') {
                    i += b[i] == '\\' ? 2 : 1;
                }
                if (i >= end) {
                    return -2;
                }
            } else if (c == '<') {
                return i;
            } else if (c == ',' || c == '>') {
                return -2;
            } else if (c == ':') {
                return -1; // a scheme before any '<': a bare addr-spec
            }
            i++;
        }
        return -2;
    }

    private boolean user(byte[] b) {
        int s = uriStart;
        int colon = s;
        while (colon < uriEnd && b[colon] != ':') {
            colon++;
        }
        int n = colon - s;
        boolean sip = (n == 3 || n == 4 && (b[s + 3] | 0x20) == 's')
                && (b[s] | 0x20) == 's' && (b[s + 1] | 0x20) == 'i' && (b[s + 2] | 0x20) == 'p';
        if (colon >= uriEnd || !sip) {
            return false;
        }
        // As SipUri.parse: URI headers after '?' are ignored, and the user info ends at the last '@'.
        int limit = colon + 1;
        while (limit < uriEnd && b[limit] != '?') {
            limit++;
        }
        int at = -1;
        for (int k = limit - 1; k > colon; k--) {
            if (b[k] == '@') {
                at = k;
                break;
            }
        }
        if (at < 0) {
            userStart = -1;
            userEnd = -1;
            return true;
        }
        for (int k = colon + 1; k < at; k++) {
            if (b[k] == '%' || b[k] == ';') {
                return false; // escaped or parameterised user parts go to the full parser
            }
        }
        userStart = colon + 1;
        userEnd = userStart;
        while (userEnd < at && b[userEnd] != ':') {
            userEnd++;
        }
        return true;
    }

    /** Header parameters after the URI; keeps {@code expires}; false on a comma (another value follows). */
    private boolean params(byte[] b, int i, int end) {
        boolean seenExpires = false;
        while (true) {
            i = skipBlanks(b, i, end);
            if (i >= end) {
                return true;
            }
            if (b[i] != ';') {
                return false;
            }
            int ns = skipBlanks(b, i + 1, end);
            int ne = ns;
            while (ne < end && b[ne] != '=' && b[ne] != ';' && b[ne] != ',' && !isBlank(b[ne])) {
                ne++;
            }
            i = skipBlanks(b, ne, end);
            int vs = -1;
            int ve = -1;
            if (i < end && b[i] == '=') {
                i = skipBlanks(b, i + 1, end);
                if (i < end && b[i] == '"') {
                    i++;
                    vs = i;
                    while (i < end && b[i] != '"') {
                        i += b[i] == '\\' ? 2 : 1;
                    }
                    if (i >= end) {
                        return false;
                    }
                    ve = i++;
                } else {
                    vs = i;
                    while (i < end && b[i] != ';' && b[i] != ',' && !isBlank(b[i])) {
                        i++;
                    }
                    ve = i;
                }
            }
            if (ne == ns) {
                if (vs >= 0 && ve > vs) {
                    return false; // a value without a name: the full parser reports it
                }
                continue;
            }
            if (ne - ns == 7 && isExpires(b, ns) && !seenExpires) {
                seenExpires = true;
                expires = vs < 0 ? -1 : digits(b, vs, ve);
            }
        }
    }

    private static boolean isExpires(byte[] b, int s) {
        String name = "expires";
        for (int k = 0; k < 7; k++) {
            if ((b[s + k] | 0x20) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static long digits(byte[] b, int s, int e) {
        if (e <= s || e - s > 18) {
            return -1;
        }
        long v = 0;
        for (int k = s; k < e; k++) {
            if (b[k] < '0' || b[k] > '9') {
                return -1;
            }
            v = v * 10 + (b[k] - '0');
        }
        return v;
    }

    private static int skipBlanks(byte[] b, int i, int end) {
        while (i < end && isBlank(b[i])) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t';
    }
}
