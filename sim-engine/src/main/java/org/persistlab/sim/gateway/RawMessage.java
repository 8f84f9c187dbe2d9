package org.persistlab.sim.gateway;

import java.util.Arrays;
import org.persistlab.sip.Address;
import org.persistlab.sip.ByteSink;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.SipMessage;

/**
 * A reusable copy of one message's bytes, so the hot path can copy header values into responses and
 * scan digest parameters without turning them into Strings. {@link SipMessage} already indexed the
 * headers; this only adds byte access to the values it located. Offsets are relative to the start of
 * the message.
 */
final class RawMessage {
    private byte[] buf = new byte[2048];
    private SipMessage msg;
    private static final int NAMES = HeaderName.values().length;

    /** The first and last index of each known header name, or -1: one pass at load instead of a scan per lookup. */
    private final int[] first = new int[NAMES];
    private final int[] last = new int[NAMES];

    /** Takes a copy of the message's bytes, replacing the previous one. */
    RawMessage load(SipMessage m) {
        int n = m.length();
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, 2 * buf.length));
        }
        m.copyTo(buf, 0);
        msg = m;
        int count = m.headerCount();
        Arrays.fill(first, -1);
        for (int i = 0; i < count; i++) {
            HeaderName h = m.headerAt(i);
            if (h != null) {
                int k = h.ordinal();
                if (first[k] < 0) {
                    first[k] = i;
                }
                last[k] = i;
            }
        }
        return this;
    }

    SipMessage message() {
        return msg;
    }

    byte[] bytes() {
        return buf;
    }

    /** Index of the first header with this name at or after {@code from}, or -1. */
    int find(HeaderName name, int from) {
        int k = name.ordinal();
        if (first[k] < 0 || from > last[k]) {
            return -1;
        }
        if (from <= first[k]) {
            return first[k];
        }
        for (int i = from; i <= last[k]; i++) {
            if (msg.headerAt(i) == name) {
                return i;
            }
        }
        return -1;
    }

    int valueStart(int header) {
        return msg.headerValueOffsetAt(header);
    }

    /**
     * End of the header's value (trailing blanks dropped), as the parser already found it; -1 when
     * the value is folded over several lines, for which callers use {@link SipMessage#headerValueAt}.
     */
    int valueEnd(int header) {
        return msg.headerFoldedAt(header) ? -1 : msg.headerValueEndOffsetAt(header);
    }

    /** Copies the header's value as raw bytes (folded values unfolded). */
    void writeValue(int header, ByteSink out) {
        int end = valueEnd(header);
        if (end < 0) {
            out.text(msg.headerValueAt(header));
        } else {
            int start = valueStart(header);
            out.write(buf, start, end - start);
        }
    }

    /**
     * True when a From/To value carries a {@code tag} parameter: a header parameter, so after the
     * closing '>' of a name-addr, or after the first ';' of a bare addr-spec (RFC 3261 §20.10).
     */
    boolean hasTag(int header) {
        int end = valueEnd(header);
        if (end < 0) {
            return Address.parse(msg.headerValueAt(header)).tag() != null;
        }
        int i = valueStart(header);
        while (i < end) {
            byte c = buf[i];
            if (c == '"') {
                i = skipQuoted(i, end);
            } else if (c == '<') {
                while (i < end && buf[i] != '>') {
                    i++;
                }
            } else if (c == ';' && isParam(i + 1, end, "tag")) {
                return true;
            }
            i++;
        }
        return false;
    }

    /**
     * True when the CSeq header is well formed (RFC 3261 §20.16: a number up to 2^32-1, blanks, a
     * token) and names {@code method}; false for anything else, which the caller then reports through
     * the full parser.
     */
    boolean cseqIs(String method) {
        int h = find(HeaderName.CSEQ, 0);
        if (h < 0) {
            return false;
        }
        int end = valueEnd(h);
        int i = valueStart(h);
        if (end < 0) {
            return false;
        }
        int digits = i;
        long n = 0;
        while (i < end && buf[i] >= '0' && buf[i] <= '9' && i - digits < 11) {
            n = n * 10 + (buf[i++] - '0');
        }
        if (i == digits || n > 0xFFFF_FFFFL || i >= end || (buf[i] != ' ' && buf[i] != '\t')) {
            return false;
        }
        while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        return isText(i, end, method);
    }

    /** True when {@code bytes()[start, end)} is exactly {@code text} (ASCII; any other character never matches). */
    boolean isText(int start, int end, String text) {
        if (end - start != text.length()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (buf[start + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when the header's value contains {@code lowerNeedle} (ASCII letters compared without case). */
    boolean valueContains(int header, String lowerNeedle) {
        int end = valueEnd(header);
        if (end < 0) {
            return msg.headerValueAt(header).toLowerCase(java.util.Locale.ROOT).contains(lowerNeedle);
        }
        int n = lowerNeedle.length();
        for (int i = valueStart(header); i + n <= end; i++) {
            int k = 0;
            while (k < n && (buf[i + k] | 0x20) == lowerNeedle.charAt(k)) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    private int skipQuoted(int open, int end) {
        int i = open + 1;
        while (i < end && buf[i] != '"') {
            i += buf[i] == '\\' ? 2 : 1;
        }
        return i;
    }

    /** True when the parameter starting at {@code at} (after blanks) is named {@code name}. */
    private boolean isParam(int at, int end, String name) {
        int i = at;
        while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        int n = name.length();
        if (i + n > end) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if ((buf[i + k] | 0x20) != name.charAt(k)) {
                return false;
            }
        }
        int after = i + n;
        return after == end || buf[after] == '=' || buf[after] == ' ' || buf[after] == '\t' || buf[after] == ';';
    }
}
