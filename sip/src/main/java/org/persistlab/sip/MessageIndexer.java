package org.persistlab.sip;

/**
 * The single pass behind {@link SipMessage#parse}: finds the start line's tokens, every header's
 * name and value, and the body, recording offsets only. Lines may end in CRLF or a bare LF (RFC 3261
 * §7 asks for CRLF; real traffic and captures sometimes carry LF, and JAIN-SIP accepts it too).
 */
final class MessageIndexer {
    private static final int INITIAL_HEADERS = 16;

    final byte[] buf;
    final int off;
    final int limit;
    /** Where the message starts after any leading CRLFs. */
    int start;

    boolean request;
    SipMethod methodKind;
    int statusCode;
    final int[] tok = new int[6];
    int startLineEnd;
    int count;
    HeaderName[] names = new HeaderName[INITIAL_HEADERS];
    int[] spans = new int[INITIAL_HEADERS * 4];
    boolean[] folded;
    int bodyStart;
    int bodyEnd;
    int messageEnd;
    int contentLength = -1;
    boolean bodyTruncated;
    /** Stream mode: the header block may still be arriving, so its end must be a blank line. */
    private final boolean stream;
    /** Stream mode only: the blank line ending the headers has not arrived yet. */
    boolean needMore;

    MessageIndexer(byte[] buf, int off, int limit) {
        this(buf, off, limit, false);
    }

    MessageIndexer(byte[] buf, int off, int limit, boolean stream) {
        this.buf = buf;
        this.off = off;
        this.limit = limit;
        this.stream = stream;
    }

    /**
     * Stream mode: indexes the start line and headers of the message at {@code off}, stopping at the
     * blank line ({@link #bodyStart} is then the first body byte) or setting {@link #needMore}.
     */
    MessageIndexer indexHeaders() {
        start = off;
        int lineEnd = lineContentEnd(off);
        if (lineEnd < 0) {
            needMore = true;
            return this;
        }
        startLine(off, lineEnd);
        startLineEnd = lineEnd;
        int p = headers(nextLine(lineEnd));
        if (p < 0) {
            needMore = true;
        } else {
            bodyStart = p;
        }
        return this;
    }

    /**
     * Moves the index onto a copy of the message: {@code copy} holds {@code buf[start, start + n)},
     * and the message ends {@code bodyLength} bytes after its headers.
     */
    MessageIndexer rebase(byte[] copy, int bodyLength) {
        int shift = start;
        for (int i = 0; i < tok.length; i++) {
            tok[i] -= shift;
        }
        startLineEnd -= shift;
        for (int i = 0; i < 4 * count; i++) {
            spans[i] -= shift;
        }
        bodyStart -= shift;
        bodyEnd = bodyStart + bodyLength;
        messageEnd = bodyEnd;
        start = 0;
        rebased = copy;
        return this;
    }

    /** The array the message lives in after {@link #rebase}. */
    byte[] rebased;

    MessageIndexer index() {
        int p = off;
        // CRLFs before the start line are ignored (RFC 3261 §7.5): keep-alives glued to a message.
        while (p < limit && (buf[p] == '\r' || buf[p] == '\n')) {
            p++;
        }
        start = p;
        int lineEnd = lineContentEnd(p);
        if (lineEnd < 0) {
            throw fail(p, lineEnd == -2 ? "empty message" : "start line has no line end");
        }
        startLine(p, lineEnd);
        startLineEnd = lineEnd;
        p = nextLine(lineEnd);
        p = headers(p);
        body(p);
        return this;
    }

    // ---- start line: Request-Line (§7.1) or Status-Line (§7.2) ----

    private void startLine(int s, int e) {
        if (e == s) {
            throw fail(s, "empty start line");
        }
        int sp1 = indexOf(' ', s, e);
        if (sp1 < 0) {
            throw fail(s, "start line has no space");
        }
        if (isSipVersion(s, sp1)) {
            request = false;
            int codeStart = sp1 + 1;
            int codeEnd = codeStart;
            while (codeEnd < e && buf[codeEnd] >= '0' && buf[codeEnd] <= '9') {
                codeEnd++;
            }
            if (codeEnd - codeStart != 3 || (codeEnd < e && buf[codeEnd] != ' ')) {
                throw fail(codeStart, "status code is not three digits");
            }
            statusCode = (buf[codeStart] - '0') * 100 + (buf[codeStart + 1] - '0') * 10 + (buf[codeStart + 2] - '0');
            if (statusCode < 100) {
                throw fail(codeStart, "status code " + statusCode + " is below 100");
            }
            set(s, sp1, codeStart, codeEnd, codeEnd < e ? codeEnd + 1 : e, e);
            return;
        }
        request = true;
        for (int i = s; i < sp1; i++) {
            if (!SipGrammar.isTokenChar(buf[i])) {
                throw fail(i, "method is not a token");
            }
        }
        int sp2 = indexOf(' ', sp1 + 1, e);
        if (sp2 < 0 || sp2 == sp1 + 1) {
            throw fail(sp1 + 1, "request line needs 'Method SP Request-URI SP SIP-Version'");
        }
        if (!isSipVersion(sp2 + 1, e)) {
            throw fail(sp2 + 1, "request line does not end in SIP/2.0");
        }
        methodKind = SipMethod.of(buf, s, sp1);
        set(s, sp1, sp1 + 1, sp2, sp2 + 1, e);
    }

    private void set(int a, int b, int c, int d, int f, int g) {
        tok[0] = a;
        tok[1] = b;
        tok[2] = c;
        tok[3] = d;
        tok[4] = f;
        tok[5] = g;
    }

    /** "SIP/2.0", compared without case as RFC 3261 §7.1 allows. */
    private boolean isSipVersion(int s, int e) {
        if (e - s != 7) {
            return false;
        }
        return (buf[s] | 0x20) == 's' && (buf[s + 1] | 0x20) == 'i' && (buf[s + 2] | 0x20) == 'p'
                && buf[s + 3] == '/' && buf[s + 4] == '2' && buf[s + 5] == '.' && buf[s + 6] == '0';
    }

    // ---- header fields (§7.3) ----

    private int headers(int p) {
        while (true) {
            if (p >= limit) {
                // Headers ran to the end without the blank line: a datagram is then a message with no
                // body; a stream has more to come.
                bodyStart = limit;
                return -1;
            }
            int lineEnd = lineContentEnd(p);
            if (lineEnd == -1) {
                if (stream) {
                    return -1; // the line is still arriving
                }
                lineEnd = limit; // last line without a line end
            }
            if (lineEnd == p) {
                return nextLine(lineEnd); // blank line: the body follows
            }
            byte first = buf[p];
            if (first == ' ' || first == '\t') {
                continuation(p, lineEnd);
            } else {
                header(p, lineEnd);
            }
            p = lineEnd >= limit ? limit : nextLine(lineEnd);
        }
    }

    /** A line starting with whitespace continues the previous header's value (obsolete folding, §7.3.1). */
    private void continuation(int p, int lineEnd) {
        if (count == 0) {
            throw fail(p, "continuation line before any header");
        }
        int idx = 4 * (count - 1);
        int contentStart = skipWs(p, lineEnd);
        int contentEnd = trimEnd(contentStart, lineEnd);
        if (contentEnd == contentStart) {
            return;
        }
        if (folded == null) {
            folded = new boolean[names.length];
        }
        folded[count - 1] = true;
        if (spans[idx + 2] == spans[idx + 3]) {
            spans[idx + 2] = contentStart; // the first line carried no value
        }
        spans[idx + 3] = contentEnd;
    }

    private void header(int s, int e) {
        // The common case in one walk over the name: it is a token and a colon ends it. Anything else
        // takes the careful path, which says what is wrong.
        int i = s;
        while (i < e) {
            int c = buf[i];
            if (c == ':') {
                break;
            }
            if (!SipGrammar.isTokenChar(c)) {
                headerCarefully(s, e);
                return;
            }
            i++;
        }
        if (i == e || i == s) {
            headerCarefully(s, e);
            return;
        }
        add(s, i, skipWs(i + 1, e), e, HeaderName.lookupToken(buf, s, i));
    }

    /** A header line with whitespace before the colon, or something wrong with it. */
    private void headerCarefully(int s, int e) {
        int colon = indexOf(':', s, e);
        if (colon < 0) {
            throw fail(s, "header line has no ':'");
        }
        int nameEnd = trimEnd(s, colon);
        if (nameEnd == s) {
            throw fail(s, "header name is empty");
        }
        for (int i = s; i < nameEnd; i++) {
            if (!SipGrammar.isTokenChar(buf[i])) {
                throw fail(i, "header name is not a token");
            }
        }
        add(s, nameEnd, skipWs(colon + 1, e), e, HeaderName.lookup(buf, s, nameEnd));
    }

    private void add(int s, int nameEnd, int vs, int e, HeaderName name) {
        int ve = trimEnd(vs, e);
        if (count == names.length) {
            grow();
        }
        names[count] = name;
        spans[4 * count] = s;
        spans[4 * count + 1] = nameEnd;
        spans[4 * count + 2] = vs;
        spans[4 * count + 3] = ve;
        count++;
        if (name == HeaderName.CONTENT_LENGTH && contentLength == -1) {
            contentLength = parseContentLength(vs, ve);
        }
    }

    private int parseContentLength(int s, int e) {
        if (s == e || e - s > 9) {
            return SipMessage.INVALID_CONTENT_LENGTH;
        }
        int v = 0;
        for (int i = s; i < e; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return SipMessage.INVALID_CONTENT_LENGTH;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private void grow() {
        int n = names.length * 2;
        names = java.util.Arrays.copyOf(names, n);
        spans = java.util.Arrays.copyOf(spans, n * 4);
        if (folded != null) {
            folded = java.util.Arrays.copyOf(folded, n);
        }
    }

    // ---- body (§7.4, §18.3) ----

    private void body(int p) {
        if (p < 0) {
            bodyStart = bodyEnd = messageEnd = limit;
            return;
        }
        bodyStart = p;
        int available = limit - p;
        if (contentLength >= 0) {
            int n = Math.min(contentLength, available);
            bodyTruncated = contentLength > available;
            bodyEnd = p + n;
        } else {
            bodyEnd = limit; // absent or invalid: the rest of the datagram
        }
        messageEnd = bodyEnd;
    }

    // ---- scanning ----

    /** End of the line's content (before CR LF or LF) starting at p; -1 when no LF follows; -2 at the end. */
    private int lineContentEnd(int p) {
        if (p >= limit) {
            return -2;
        }
        int i = LineFeeds.find(buf, p, limit);
        if (i < 0) {
            return -1;
        }
        return i > p && buf[i - 1] == '\r' ? i - 1 : i;
    }

    private int nextLine(int contentEnd) {
        return buf[contentEnd] == '\r' ? contentEnd + 2 : contentEnd + 1;
    }

    private int indexOf(char c, int s, int e) {
        for (int i = s; i < e; i++) {
            if (buf[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private int skipWs(int s, int e) {
        while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
            s++;
        }
        return s;
    }

    private int trimEnd(int s, int e) {
        while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r')) {
            e--;
        }
        return e;
    }

    private SipParseException fail(int at, String reason) {
        return new SipParseException(at - off, reason);
    }
}
