package org.persistlab.sip;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a response to a request (RFC 3261 §8.2.6.2): the Via headers (all of them, in order),
 * From, To, Call-ID and CSeq are copied from the request byte for byte; a To tag is added when the
 * request's To has none and one is given. Content-Length always matches the body.
 */
public final class ResponseBuilder {
    private final SipMessage request;
    private final int status;
    private final String reason;
    private String toTag;
    private final List<String[]> extra = new ArrayList<>(4);
    private String contentType;
    private byte[] body = new byte[0];

    private ResponseBuilder(SipMessage request, int status, String reason) {
        if (!request.isRequest()) {
            throw new IllegalArgumentException("a response answers a request, not a " + request.statusCode());
        }
        if (status < 100 || status > 699) {
            throw new IllegalArgumentException("status " + status + " outside 100..699");
        }
        this.request = request;
        this.status = status;
        this.reason = reason == null ? "" : reason;
    }

    public static ResponseBuilder to(SipMessage request, int status, String reason) {
        return new ResponseBuilder(request, status, reason);
    }

    public static ResponseBuilder to(SipMessage request, int status) {
        return new ResponseBuilder(request, status, ReasonPhrases.of(status));
    }

    /** The tag to add to To when the request's To has none (ignored when it has one). */
    public ResponseBuilder toTag(String tag) {
        this.toTag = tag;
        return this;
    }

    public ResponseBuilder header(String name, String value) {
        extra.add(new String[] {name, value});
        return this;
    }

    public ResponseBuilder contact(String uri) {
        return header("Contact", "<" + uri + ">");
    }

    public ResponseBuilder body(String type, byte[] content) {
        this.contentType = type;
        this.body = content.clone();
        return this;
    }

    public byte[] toBytes() {
        ByteSink out = new ByteSink(256 + body.length);
        out.text("SIP/2.0 ").decimal(status).write(' ').text(reason).crlf();
        copyAll(out, HeaderName.VIA, "Via");
        copyOne(out, HeaderName.FROM, "From");
        int to = request.headerIndex(HeaderName.TO, 0);
        if (to < 0) {
            throw new IllegalArgumentException("the request has no To header to copy");
        }
        out.text("To: ");
        request.writeHeaderValue(to, out);
        if (toTag != null && request.to().tag() == null) {
            out.text(";tag=").text(toTag);
        }
        out.crlf();
        copyOne(out, HeaderName.CALL_ID, "Call-ID");
        copyOne(out, HeaderName.CSEQ, "CSeq");
        for (String[] h : extra) {
            RequestBuilder.line(out, h[0], h[1]);
        }
        if (contentType != null) {
            RequestBuilder.line(out, "Content-Type", contentType);
        }
        out.text("Content-Length: ").decimal(body.length).crlf().crlf();
        out.write(body);
        return out.toByteArray();
    }

    public SipMessage build() {
        return SipMessage.parse(toBytes());
    }

    private void copyAll(ByteSink out, HeaderName name, String written) {
        for (int i = request.headerIndex(name, 0); i >= 0; i = request.headerIndex(name, i + 1)) {
            out.text(written).text(": ");
            request.writeHeaderValue(i, out);
            out.crlf();
        }
    }

    private void copyOne(ByteSink out, HeaderName name, String written) {
        int i = request.headerIndex(name, 0);
        if (i < 0) {
            throw new IllegalArgumentException("the request has no " + written + " header to copy");
        }
        out.text(written).text(": ");
        request.writeHeaderValue(i, out);
        out.crlf();
    }
}
