package org.persistlab.sip;

import java.util.Arrays;

/**
 * Frames SIP messages out of a byte stream (TCP, TLS, WebSocket, SCTP): bytes arrive in pieces
 * through {@link #feed}; {@link #next()} returns each whole message, framed by its Content-Length
 * (RFC 3261 §18.3), or a framing error, or {@code null} when it needs more bytes.
 *
 * <p>CRLF keep-alives (RFC 5626 §3.5.1) are skipped and counted. Bytes that are not a start line are
 * skipped up to the next line that is one, reported once as an error and counted. A message with a
 * missing or invalid Content-Length cannot be framed: it is reported as an error naming its stream
 * offset, and framing resumes at the next start line, so the messages that follow are not lost.
 *
 * <p>Memory is bounded by {@link FramerLimits}. Not thread-safe; one framer per stream direction.
 */
public final class SipStreamFramer {
    private final FramerLimits limits;
    private byte[] buf = new byte[4096];
    /** Next unread byte in {@code buf}. */
    private int pos;
    /** End of the bytes fed so far. */
    private int end;
    /** Stream offset of {@code buf[0]}. */
    private long base;
    /** True while skipping bytes up to the next start line (after junk or an unframeable message). */
    private boolean discarding;
    private boolean inKeepAlive;
    private long keepAlives;
    private long skippedBytes;

    public SipStreamFramer() {
        this(FramerLimits.DEFAULT);
    }

    public SipStreamFramer(FramerLimits limits) {
        this.limits = limits;
    }

    /** Appends bytes from the stream. */
    public void feed(byte[] b, int off, int len) {
        if (len == 0) {
            return;
        }
        if (end + len > buf.length) {
            compactAndGrow(len);
        }
        System.arraycopy(b, off, buf, end, len);
        end += len;
    }

    public void feed(byte[] b) {
        feed(b, 0, b.length);
    }

    /** The next frame, or {@code null} when more bytes are needed. */
    public Frame next() {
        while (true) {
            skipKeepAlives();
            if (pos == end) {
                return null;
            }
            int lineEnd = indexOfLf(pos, Math.min(end, pos + limits.maxStartLine() + 2));
            if (lineEnd < 0) {
                if (end - pos <= limits.maxStartLine() && SipStartLine.couldBeStartLine(buf, pos, end)) {
                    return null;
                }
                Frame junk = skipLine(end);
                if (junk != null) {
                    return junk;
                }
                continue;
            }
            int contentEnd = lineEnd > pos && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (!SipStartLine.isStartLine(buf, pos, contentEnd)) {
                int embedded = SipStartLine.findStartWithin(buf, pos, contentEnd);
                Frame junk = skipLine(embedded > pos ? embedded : lineEnd + 1);
                if (junk != null) {
                    return junk;
                }
                continue;
            }
            discarding = false;
            Frame f = frameMessage(lineEnd + 1);
            if (f != NEED_MORE) {
                return f;
            }
            return null;
        }
    }

    /** Marker for "the message is not complete yet". */
    private static final Frame NEED_MORE = new Frame.Error(-1, "need more");

    private Frame frameMessage(int afterStartLine) {
        long start = base + pos;
        int window = Math.min(end, pos + limits.maxHeaderBytes() + 4);
        MessageIndexer ix = new MessageIndexer(buf, pos, window, true);
        try {
            ix.indexHeaders();
        } catch (SipParseException e) {
            return frameMalformed(afterStartLine, start, e);
        }
        if (ix.needMore) {
            if (end - pos > limits.maxHeaderBytes()) {
                return unframeable(start, afterStartLine, "header block longer than " + limits.maxHeaderBytes()
                        + " bytes without an empty line");
            }
            return NEED_MORE;
        }
        int headerEnd = ix.bodyStart;
        int cl = ix.contentLength;
        if (cl == -1) {
            return unframeable(start, headerEnd, "message has no Content-Length, which a stream transport requires"
                    + " (RFC 3261 §18.3)");
        }
        if (cl == SipMessage.INVALID_CONTENT_LENGTH) {
            return unframeable(start, headerEnd, "Content-Length is not a number");
        }
        if (cl > limits.maxContentLength()) {
            return unframeable(start, headerEnd, "Content-Length " + cl + " exceeds the limit of "
                    + limits.maxContentLength());
        }
        if (end - headerEnd < cl) {
            return NEED_MORE;
        }
        int msgEnd = headerEnd + cl;
        byte[] bytes = Arrays.copyOfRange(buf, pos, msgEnd);
        pos = msgEnd;
        inKeepAlive = false;
        return new Frame.Message(start, SipMessage.fromIndex(ix.rebase(bytes, cl)));
    }

    /**
     * A header line that does not parse: frame the message by its blank line and Content-Length
     * anyway, so exactly its bytes are skipped, and report the parse error at its offset.
     */
    private Frame frameMalformed(int afterStartLine, long start, SipParseException e) {
        int headerEnd = findHeaderEnd(afterStartLine);
        if (headerEnd < 0) {
            if (end - pos > limits.maxHeaderBytes()) {
                return unframeable(start, afterStartLine, "header block longer than " + limits.maxHeaderBytes()
                        + " bytes without an empty line");
            }
            return NEED_MORE;
        }
        long cl = contentLength(afterStartLine, headerEnd);
        if (cl < 0 || cl > limits.maxContentLength()) {
            return unframeable(start, headerEnd, e.reason());
        }
        if (end - headerEnd < cl) {
            return NEED_MORE;
        }
        pos = headerEnd + (int) cl;
        inKeepAlive = false;
        return new Frame.Error(start + e.offset(), e.reason());
    }

    /** Reports an unframeable message and discards up to the next start line. */
    private Frame unframeable(long start, int resumeAt, String reason) {
        skippedBytes += resumeAt - pos;
        pos = resumeAt;
        discarding = true;
        return new Frame.Error(start, reason);
    }

    /** Skips one line of junk; returns an error for the first line of a junk run, null after that. */
    private Frame skipLine(int to) {
        long at = base + pos;
        skippedBytes += to - pos;
        pos = to;
        inKeepAlive = false;
        if (discarding) {
            return null;
        }
        discarding = true;
        return new Frame.Error(at, "bytes that are not a SIP start line skipped");
    }

    private void skipKeepAlives() {
        boolean any = false;
        while (pos < end && (buf[pos] == '\r' || buf[pos] == '\n')) {
            pos++;
            any = true;
        }
        if (any && !inKeepAlive) {
            keepAlives++;
        }
        if (any) {
            inKeepAlive = true;
        }
    }

    /**
     * Call at the end of the stream: an error when bytes of an unfinished message remain, else null.
     * The framer is empty afterwards.
     */
    public Frame finish() {
        skipKeepAlives();
        Frame f = null;
        if (pos < end && !discarding) {
            f = new Frame.Error(base + pos, "stream ended inside a message (" + (end - pos) + " bytes)");
        }
        skippedBytes += end - pos;
        base += end;
        pos = end = 0;
        return f;
    }

    /** Keep-alive runs seen (a CRLFCRLF ping or a CRLF pong each count once). */
    public long keepAlives() {
        return keepAlives;
    }

    /** Bytes dropped because they could not be framed. */
    public long skippedBytes() {
        return skippedBytes;
    }

    /** Bytes fed but not yet framed. */
    public int buffered() {
        return end - pos;
    }

    /** Stream offset of the next byte not yet framed. */
    public long position() {
        return base + pos;
    }

    // ---- scanning ----

    private static final long ABSENT = -1;
    private static final long INVALID = -2;

    /** Offset just after the blank line ending the headers, or -1. Accepts CRLF and bare LF line ends. */
    private int findHeaderEnd(int from) {
        int i = from;
        // The line at 'from' may itself be blank: a message with no headers.
        while (true) {
            int lf = indexOfLf(i, end);
            if (lf < 0) {
                return -1;
            }
            int lineLen = lf - i;
            if (lineLen == 0 || (lineLen == 1 && buf[i] == '\r')) {
                return lf + 1;
            }
            i = lf + 1;
        }
    }

    /** Reads Content-Length (or its compact form {@code l}) from the header lines in {@code [from, to)}. */
    private long contentLength(int from, int to) {
        int i = from;
        while (i < to) {
            int lf = indexOfLf(i, to);
            int lineEnd = lf < 0 ? to : lf;
            int colon = -1;
            for (int j = i; j < lineEnd; j++) {
                if (buf[j] == ':') {
                    colon = j;
                    break;
                }
            }
            if (colon > i && buf[i] != ' ' && buf[i] != '\t') {
                int ne = colon;
                while (ne > i && (buf[ne - 1] == ' ' || buf[ne - 1] == '\t')) {
                    ne--;
                }
                if (HeaderName.lookup(buf, i, ne) == HeaderName.CONTENT_LENGTH) {
                    return digits(colon + 1, lineEnd);
                }
            }
            i = lineEnd + 1;
        }
        return ABSENT;
    }

    private long digits(int s, int e) {
        while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
            s++;
        }
        while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r')) {
            e--;
        }
        if (s == e || e - s > 10) {
            return INVALID;
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return INVALID;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private int indexOfLf(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void compactAndGrow(int incoming) {
        int live = end - pos;
        int needed = live + incoming;
        byte[] target = needed > buf.length ? new byte[Math.max(needed, buf.length * 2)] : buf;
        System.arraycopy(buf, pos, target, 0, live);
        base += pos;
        buf = target;
        pos = 0;
        end = live;
    }
}
