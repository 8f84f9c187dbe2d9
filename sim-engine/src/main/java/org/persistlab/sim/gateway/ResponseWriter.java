package org.persistlab.sim.gateway;

import org.persistlab.sip.ByteSink;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.ReasonPhrases;
import org.persistlab.sip.SipParseException;

/**
 * Writes the gateway's responses (RFC 3261 §8.2.6.2) into one reused {@link ByteSink}: the status
 * line, every Via, From, To, Call-ID and CSeq copied from the request byte for byte, a To tag when
 * the request had none, then the caller's headers and an empty body. The To tag is deterministic
 * (a counter), so runs repeat byte for byte.
 */
final class ResponseWriter {
    private static final byte[] HEX = bytes("0123456789abcdef");
    private static final byte[] TAG = bytes(";tag=ipo");
    private static final byte[] NO_BODY = bytes("Content-Length: 0\r\n\r\n");
    private final ByteSink sink = new ByteSink(512);
    /** "SIP/2.0 code reason" plus CRLF for each status used so far. */
    private final byte[][] statusLines = new byte[700][];
    private long tags;
    /** ";tag=ipo" followed by room for 16 hex digits. */
    private final byte[] tag = java.util.Arrays.copyOf(TAG, TAG.length + 16);

    /** Starts a response; {@code addToTag} false only for 100 Trying. Throws when a copied header is missing. */
    ResponseWriter begin(RawMessage request, int status, boolean addToTag) {
        sink.reset();
        sink.write(statusLine(status));
        for (int i = required(request, HeaderName.VIA); i >= 0; i = request.find(HeaderName.VIA, i + 1)) {
            sink.write(HeaderPrefix.of(HeaderName.VIA));
            request.writeValue(i, sink);
            sink.crlf();
        }
        copy(request, HeaderName.FROM);
        int to = required(request, HeaderName.TO);
        sink.write(HeaderPrefix.of(HeaderName.TO));
        request.writeValue(to, sink);
        if (addToTag && !request.hasTag(to)) {
            writeTag(++tags);
        }
        sink.crlf();
        copy(request, HeaderName.CALL_ID);
        copy(request, HeaderName.CSEQ);
        return this;
    }

    ResponseWriter header(String name, String value) {
        sink.text(name).write(':').write(' ').text(value).crlf();
        return this;
    }

    ResponseWriter header(String name, long value) {
        sink.text(name).write(':').write(' ');
        return decimal(value).crlf();
    }

    /** Writes a number in decimal; the caller goes on writing the line. */
    ResponseWriter decimal(long value) {
        sink.decimal(value);
        return this;
    }

    /** Ends a header line written through {@link #sink()} or {@link #decimal}. */
    ResponseWriter crlf() {
        sink.crlf();
        return this;
    }

    /** The sink itself, for a header written in pieces; the caller ends the line with {@code crlf()}. */
    ByteSink sink() {
        return sink;
    }

    /** Ends the headers (no body) and returns the message. */
    byte[] finish() {
        sink.write(NO_BODY);
        return sink.toByteArray();
    }

    private byte[] statusLine(int status) {
        byte[] line = statusLines[status];
        if (line == null) {
            line = bytes("SIP/2.0 " + status + " " + ReasonPhrases.of(status) + "\r\n");
            statusLines[status] = line;
        }
        return line;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void copy(RawMessage request, HeaderName name) {
        int i = required(request, name);
        sink.write(HeaderPrefix.of(name));
        request.writeValue(i, sink);
        sink.crlf();
    }

    private static int required(RawMessage request, HeaderName name) {
        int i = request.find(name, 0);
        if (i < 0) {
            throw new SipParseException(0, "missing " + name.canonical() + " header");
        }
        return i;
    }

    /** Writes ";tag=ipo" and the counter in lower-case hex without leading zeros, as one write. */
    private void writeTag(long v) {
        byte[] t = tag;
        int n = TAG.length;
        for (int shift = 60 - (Long.numberOfLeadingZeros(v | 1) & ~3); shift >= 0; shift -= 4) {
            t[n++] = HEX[(int) (v >>> shift) & 0xF];
        }
        sink.write(t, 0, n);
    }
}
