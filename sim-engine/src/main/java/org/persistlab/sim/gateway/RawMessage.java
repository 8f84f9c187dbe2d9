package org.persistlab.sim.gateway;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long CRS = 0x0D0D0D0D0D0D0D0DL;
    private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
    private static final int UNKNOWN = -2;

    private byte[] buf = new byte[2048];
    private SipMessage msg;
    private static final int NAMES = HeaderName.values().length;

    /** {@link #valueEnd} per header, computed once per message. */
    private int[] ends = new int[32];
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
        if (count > ends.length) {
            ends = new int[Math.max(count, 2 * ends.length)];
        }
        Arrays.fill(ends, 0, count, UNKNOWN);
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
     * End of the header's value (trailing blanks dropped). Found backwards from where the next
     * header's name begins, or from the blank line before the body: a few bytes, however long the
     * value. A folded value keeps its line breaks inside (legal SIP when copied; the scanners treat
     * CR and LF as blanks or fall back to the full parser). Returns -1 when the value is folded and
     * the layout around it is not the usual one; callers then use {@link SipMessage#headerValueAt}.
     */
    int valueEnd(int header) {
        int e = ends[header];
        if (e == UNKNOWN) {
            int start = valueStart(header);
            e = header + 1 < msg.headerCount() ? endBeforeHeader(header + 1) : endBeforeBody();
            e = e >= start ? trimBlanks(start, e) : forwardValueEnd(start);
            ends[header] = e;
        }
        return e;
    }

    /** The end of the line before header {@code next}'s name, or -1 when the bytes are not laid out as expected. */
    private int endBeforeHeader(int next) {
        int p = skipBlanksBack(valueStart(next) - 1);
        if (p < 0 || buf[p] != ':') {
            return -1;
        }
        p = skipBlanksBack(p - 1);
        while (p >= 0 && buf[p] != '\n' && buf[p] != '\r' && buf[p] != ' ' && buf[p] != '\t') {
            p--;
        }
        return lineBreakBack(p);
    }

    /** The end of the last header line: before the blank line that precedes the body. */
    private int endBeforeBody() {
        int p = msg.length() - msg.bodyLength() - 1;
        p = lineBreakBack(p);
        return p < 0 ? -1 : lineBreakBack(p - 1);
    }

    /** {@code p} must be at the LF of a line break (CRLF or bare LF); returns where that break starts. */
    private int lineBreakBack(int p) {
        if (p < 0 || buf[p] != '\n') {
            return -1;
        }
        return p > 0 && buf[p - 1] == '\r' ? p - 1 : p;
    }

    private int skipBlanksBack(int p) {
        while (p >= 0 && (buf[p] == ' ' || buf[p] == '\t')) {
            p--;
        }
        return p;
    }

    private int trimBlanks(int start, int end) {
        while (end > start && (buf[end - 1] == ' ' || buf[end - 1] == '\t')) {
            end--;
        }
        return end;
    }

    /** The slow way: scan forward to the line end; -1 when the next line continues the value (folding). */
    private int forwardValueEnd(int start) {
        int limit = msg.length();
        int i = lineEnd(start, limit);
        int next = i;
        if (next < limit && buf[next] == '\r') {
            next++;
        }
        if (next < limit && buf[next] == '\n') {
            next++;
        }
        if (next < limit && (buf[next] == ' ' || buf[next] == '\t')) {
            return -1;
        }
        return trimBlanks(start, i);
    }

    /** The first CR or LF at or after {@code i}, eight bytes at a time (the classic has-zero-byte test). */
    private int lineEnd(int i, int limit) {
        while (i + 8 <= limit) {
            long w = (long) LONGS.get(buf, i);
            long cr = w ^ CRS;
            long lf = w ^ LFS;
            long hit = ((cr - ONES) & ~cr | (lf - ONES) & ~lf) & HIGHS;
            if (hit != 0) {
                return i + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
            i += 8;
        }
        while (i < limit && buf[i] != '\r' && buf[i] != '\n') {
            i++;
        }
        return i;
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
        if (end - i != method.length()) {
            return false;
        }
        for (int k = 0; k < method.length(); k++) {
            if (buf[i + k] != method.charAt(k)) {
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
