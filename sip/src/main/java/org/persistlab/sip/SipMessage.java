package org.persistlab.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable view of one SIP request or response (RFC 3261 §7), indexed from bytes in one pass
 * without regular expressions: the start line, a header index (name, value offsets) and the body.
 * Header values are turned into text and typed objects only when asked for, and then cached.
 *
 * <p>The message keeps the byte array it was parsed from; callers must not modify it afterwards.
 * {@link #toBytes()} gives back exactly the bytes of the message, and {@link #equals} compares them.
 *
 * <p>Bad input throws {@link SipParseException} with the byte offset, from {@link #parse} for the
 * framing (start line, header lines) and from a typed accessor for that header's syntax.
 */
public final class SipMessage {
    private static final int ABSENT = -1;
    /** {@link #contentLength()} when the header is there but is not a number. */
    public static final int INVALID_CONTENT_LENGTH = -2;

    private final byte[] buf;
    private final int off;
    private final int end;
    private final boolean request;
    private final SipMethod methodKind;
    private final int statusCode;
    private final int tok1Start;
    private final int tok1End;
    private final int tok2Start;
    private final int tok2End;
    private final int tok3Start;
    private final int tok3End;
    private final int startLineEnd;
    private final int headerCount;
    private final HeaderName[] names;
    /** Four ints per header: name start, name end, value start, value end (absolute offsets). */
    private final int[] spans;
    /** Null when no header was folded over several lines. */
    private final boolean[] folded;
    private final int bodyStart;
    private final int bodyEnd;
    private final int contentLength;
    private final boolean bodyTruncated;

    private String method;
    private String callId;
    private CSeq cseq;
    private Address from;
    private Address to;
    private List<Via> vias;
    private Via topVia;
    private List<Address> contacts;

    private SipMessage(MessageIndexer ix) {
        this.buf = ix.rebased != null ? ix.rebased : ix.buf;
        this.off = ix.start;
        this.end = ix.messageEnd;
        this.request = ix.request;
        this.methodKind = ix.methodKind;
        this.statusCode = ix.statusCode;
        this.tok1Start = ix.tok[0];
        this.tok1End = ix.tok[1];
        this.tok2Start = ix.tok[2];
        this.tok2End = ix.tok[3];
        this.tok3Start = ix.tok[4];
        this.tok3End = ix.tok[5];
        this.startLineEnd = ix.startLineEnd;
        this.headerCount = ix.count;
        this.names = ix.names;
        this.spans = ix.spans;
        this.folded = ix.folded;
        this.bodyStart = ix.bodyStart;
        this.bodyEnd = ix.bodyEnd;
        this.contentLength = ix.contentLength;
        this.bodyTruncated = ix.bodyTruncated;
    }

    /** Parses a whole message, e.g. one UDP datagram. Bytes after the Content-Length body are not part of it. */
    public static SipMessage parse(byte[] bytes) {
        return parse(bytes, 0, bytes.length);
    }

    /** Parses the message in {@code bytes[offset, offset + length)}. */
    public static SipMessage parse(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new IndexOutOfBoundsException("range " + offset + "+" + length + " outside " + bytes.length);
        }
        return new SipMessage(new MessageIndexer(bytes, offset, offset + length).index());
    }

    /** A message framed out of a stream, from the index the framer already built (no second pass). */
    static SipMessage fromIndex(MessageIndexer ix) {
        return new SipMessage(ix);
    }

    /** Parses text (tests and builders); the text is encoded as UTF-8. */
    public static SipMessage parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    // ---- start line ----

    public boolean isRequest() {
        return request;
    }

    public boolean isResponse() {
        return !request;
    }

    /** The request method as written; {@code null} for a response. */
    public String method() {
        if (!request) {
            return null;
        }
        if (method == null) {
            method = methodKind != SipMethod.OTHER ? methodKind.name() : text(tok1Start, tok1End);
        }
        return method;
    }

    /** The method as an enum: the request's own, or for a response the CSeq method's. */
    public SipMethod methodKind() {
        return request ? methodKind : SipMethod.of(cseq().method());
    }

    public String requestUri() {
        return request ? text(tok2Start, tok2End) : null;
    }

    /** The status code of a response; 0 for a request. */
    public int statusCode() {
        return statusCode;
    }

    public String reasonPhrase() {
        return request ? null : text(tok3Start, tok3End);
    }

    /** The start line as written, without its line end. */
    public String startLine() {
        return text(tok1Start, startLineEnd);
    }

    // ---- headers, raw ----

    public int headerCount() {
        return headerCount;
    }

    /** The name of the i-th header line as written (e.g. {@code i} for a compact Call-ID). */
    public String headerNameAt(int i) {
        return text(spans[4 * i], spans[4 * i + 1]);
    }

    /** The known name of the i-th header line, or {@code null} for an extension header. */
    public HeaderName headerAt(int i) {
        return names[i];
    }

    /** The value of the i-th header line, with folded lines joined by one space. */
    public String headerValueAt(int i) {
        int vs = spans[4 * i + 2];
        int ve = spans[4 * i + 3];
        return folded != null && folded[i] ? unfold(vs, ve) : text(vs, ve);
    }

    /** Offset of the i-th header's value from the start of the message; for error reports. */
    public int headerValueOffsetAt(int i) {
        return spans[4 * i + 2] - off;
    }

    /**
     * Offset from the start of the message of the end of the i-th header's value, trailing blanks
     * dropped; for a folded value, the end of its last line. With {@link #headerValueOffsetAt} it lets
     * a reader that holds a copy of the bytes ({@link #copyTo}) take a value without a String.
     */
    public int headerValueEndOffsetAt(int i) {
        return spans[4 * i + 3] - off;
    }

    /** True when the i-th header's value continues on further lines (obsolete folding, RFC 3261 §7.3.1). */
    public boolean headerFoldedAt(int i) {
        return folded != null && folded[i];
    }

    /** The first value of a header given by name (long or compact form, any case), or {@code null}. */
    public String header(String name) {
        HeaderName known = HeaderName.lookup(name);
        if (known != null) {
            return header(known);
        }
        for (int i = 0; i < headerCount; i++) {
            if (names[i] == null && headerNameAt(i).equalsIgnoreCase(name.trim())) {
                return headerValueAt(i);
            }
        }
        return null;
    }

    /** The value of the first line of a known header, or {@code null}. For a comma list, the whole line. */
    public String header(HeaderName name) {
        int i = indexOf(name, 0);
        return i < 0 ? null : headerValueAt(i);
    }

    /**
     * Every value of a header, in order: the same header on several lines and, for headers that
     * allow it, several comma-separated values on one line are both returned one value each.
     */
    public List<String> headers(String name) {
        HeaderName known = HeaderName.lookup(name);
        if (known != null) {
            return headers(known);
        }
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i < headerCount; i++) {
            if (names[i] == null && headerNameAt(i).equalsIgnoreCase(name.trim())) {
                out.add(headerValueAt(i));
            }
        }
        return out;
    }

    public List<String> headers(HeaderName name) {
        List<String> out = new ArrayList<>(2);
        for (int i = indexOf(name, 0); i >= 0; i = indexOf(name, i + 1)) {
            String v = headerValueAt(i);
            if (name.commaList()) {
                try {
                    out.addAll(SipGrammar.splitCommaList(v));
                } catch (SipParseException e) {
                    throw relocate(e, i);
                }
            } else {
                out.add(v);
            }
        }
        return out;
    }

    public boolean hasHeader(HeaderName name) {
        return indexOf(name, 0) >= 0;
    }

    private int indexOf(HeaderName name, int from) {
        for (int i = from; i < headerCount; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        return -1;
    }

    // ---- typed accessors ----

    /** The Call-ID, or {@code null} when absent. */
    public String callId() {
        if (callId == null) {
            callId = header(HeaderName.CALL_ID);
        }
        return callId;
    }

    /** The CSeq; throws when it is absent or malformed, as every request and response must carry one. */
    public CSeq cseq() {
        if (cseq == null) {
            int i = required(HeaderName.CSEQ);
            try {
                cseq = CSeq.parse(headerValueAt(i));
            } catch (SipParseException e) {
                throw relocate(e, i);
            }
        }
        return cseq;
    }

    public long cseqNumber() {
        return cseq().number();
    }

    public String cseqMethod() {
        return cseq().method();
    }

    public Address from() {
        if (from == null) {
            from = address(HeaderName.FROM);
        }
        return from;
    }

    public Address to() {
        if (to == null) {
            to = address(HeaderName.TO);
        }
        return to;
    }

    public String fromTag() {
        return from().tag();
    }

    public String toTag() {
        return to().tag();
    }

    private Address address(HeaderName name) {
        int i = required(name);
        try {
            return Address.parse(headerValueAt(i));
        } catch (SipParseException e) {
            throw relocate(e, i);
        }
    }

    /** Every Via value, top first. */
    public List<Via> vias() {
        if (vias == null) {
            List<Via> out = new ArrayList<>(2);
            for (int i = indexOf(HeaderName.VIA, 0); i >= 0; i = indexOf(HeaderName.VIA, i + 1)) {
                try {
                    for (String v : SipGrammar.splitCommaList(headerValueAt(i))) {
                        out.add(Via.parse(v));
                    }
                } catch (SipParseException e) {
                    throw relocate(e, i);
                }
            }
            vias = Collections.unmodifiableList(out);
        }
        return vias;
    }

    /** The top Via, or {@code null} when the message has none. Parses only the first Via value. */
    public Via topVia() {
        if (topVia == null) {
            if (vias != null) {
                return vias.isEmpty() ? null : vias.get(0);
            }
            int i = indexOf(HeaderName.VIA, 0);
            if (i < 0) {
                return null;
            }
            try {
                topVia = Via.parse(SipGrammar.firstCommaElement(headerValueAt(i)));
            } catch (SipParseException e) {
                throw relocate(e, i);
            }
        }
        return topVia;
    }

    /** Every Contact value in order; a wildcard {@code *} is an address whose {@link Address#isWildcard()} holds. */
    public List<Address> contacts() {
        if (contacts == null) {
            List<Address> out = new ArrayList<>(1);
            for (int i = indexOf(HeaderName.CONTACT, 0); i >= 0; i = indexOf(HeaderName.CONTACT, i + 1)) {
                try {
                    for (String v : SipGrammar.splitCommaList(headerValueAt(i))) {
                        out.add(Address.parse(v));
                    }
                } catch (SipParseException e) {
                    throw relocate(e, i);
                }
            }
            contacts = Collections.unmodifiableList(out);
        }
        return contacts;
    }

    /** The first Contact, or {@code null}. */
    public Address contact() {
        List<Address> c = contacts();
        return c.isEmpty() ? null : c.get(0);
    }

    /** The Expires header in seconds; -1 when absent. */
    public long expires() {
        return deltaSeconds(HeaderName.EXPIRES);
    }

    /** The Max-Forwards header; -1 when absent. */
    public long maxForwards() {
        return deltaSeconds(HeaderName.MAX_FORWARDS);
    }

    /** Retry-After in seconds (its comment and parameters ignored); -1 when absent. */
    public long retryAfter() {
        int i = indexOf(HeaderName.RETRY_AFTER, 0);
        if (i < 0) {
            return ABSENT;
        }
        String v = headerValueAt(i);
        int stop = 0;
        while (stop < v.length() && Character.isDigit(v.charAt(stop))) {
            stop++;
        }
        try {
            return SipGrammar.parseNonNegative(v.substring(0, stop), 0);
        } catch (SipParseException e) {
            throw relocate(e, i);
        }
    }

    private long deltaSeconds(HeaderName name) {
        int i = indexOf(name, 0);
        if (i < 0) {
            return ABSENT;
        }
        try {
            return SipGrammar.parseNonNegative(headerValueAt(i), 0);
        } catch (SipParseException e) {
            throw relocate(e, i);
        }
    }

    /**
     * The Content-Length header: -1 when absent, {@link #INVALID_CONTENT_LENGTH} when it is not a
     * number (the body is then taken as the rest of the datagram).
     */
    public int contentLength() {
        return contentLength;
    }

    /** True when Content-Length promised more body bytes than were present. */
    public boolean bodyTruncated() {
        return bodyTruncated;
    }

    public String contentType() {
        return header(HeaderName.CONTENT_TYPE);
    }

    public String userAgent() {
        return header(HeaderName.USER_AGENT);
    }

    public String server() {
        return header(HeaderName.SERVER);
    }

    public AuthHeader authorization() {
        return auth(HeaderName.AUTHORIZATION);
    }

    public AuthHeader proxyAuthorization() {
        return auth(HeaderName.PROXY_AUTHORIZATION);
    }

    public AuthHeader wwwAuthenticate() {
        return auth(HeaderName.WWW_AUTHENTICATE);
    }

    public AuthHeader proxyAuthenticate() {
        return auth(HeaderName.PROXY_AUTHENTICATE);
    }

    private AuthHeader auth(HeaderName name) {
        int i = indexOf(name, 0);
        if (i < 0) {
            return null;
        }
        try {
            return AuthHeader.parse(headerValueAt(i));
        } catch (SipParseException e) {
            throw relocate(e, i);
        }
    }

    // ---- body and bytes ----

    public int bodyLength() {
        return bodyEnd - bodyStart;
    }

    public byte[] body() {
        return Arrays.copyOfRange(buf, bodyStart, bodyEnd);
    }

    public String bodyText() {
        return text(bodyStart, bodyEnd);
    }

    /** The number of bytes of the message: start line, headers, blank line and body. */
    public int length() {
        return end - off;
    }

    /** A copy of exactly the bytes this message was parsed from. */
    public byte[] toBytes() {
        return Arrays.copyOfRange(buf, off, end);
    }

    /** Copies the message bytes into {@code dst} at {@code at}; returns the number written. */
    public int copyTo(byte[] dst, int at) {
        System.arraycopy(buf, off, dst, at, end - off);
        return end - off;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof SipMessage m && Arrays.equals(buf, off, end, m.buf, m.off, m.end);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = off; i < end; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    /** The message as text; for logs and tests. */
    @Override
    public String toString() {
        return text(off, end);
    }

    /** Writes the i-th header's value, unfolded, as raw bytes: how builders copy headers without decoding them. */
    void writeHeaderValue(int i, ByteSink sink) {
        int vs = spans[4 * i + 2];
        int ve = spans[4 * i + 3];
        if (folded != null && folded[i]) {
            sink.text(unfold(vs, ve));
        } else {
            sink.write(buf, vs, ve - vs);
        }
    }

    /** Index of the first header line with this name at or after {@code from}, or -1. */
    int headerIndex(HeaderName name, int from) {
        return indexOf(name, from);
    }

    // ---- helpers ----

    private int required(HeaderName name) {
        int i = indexOf(name, 0);
        if (i < 0) {
            throw new SipParseException(bodyStart - off, "missing " + name.canonical() + " header");
        }
        return i;
    }

    private SipParseException relocate(SipParseException e, int header) {
        return new SipParseException(headerValueOffsetAt(header) + e.offset(),
                headerNameAt(header) + ": " + e.reason());
    }

    private String text(int s, int e) {
        return new String(buf, s, e - s, StandardCharsets.UTF_8);
    }

    /** Joins folded lines: every line end with the whitespace after it becomes one space (RFC 3261 §7.3.1). */
    private String unfold(int s, int e) {
        byte[] out = new byte[e - s];
        int n = 0;
        int i = s;
        while (i < e) {
            byte c = buf[i];
            if (c == '\r' || c == '\n') {
                while (n > 0 && (out[n - 1] == ' ' || out[n - 1] == '\t')) {
                    n--;
                }
                while (i < e && (buf[i] == '\r' || buf[i] == '\n' || buf[i] == ' ' || buf[i] == '\t')) {
                    i++;
                }
                out[n++] = ' ';
                continue;
            }
            out[n++] = c;
            i++;
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
