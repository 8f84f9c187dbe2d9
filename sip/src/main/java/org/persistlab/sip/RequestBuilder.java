package org.persistlab.sip;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a wire-correct SIP request (RFC 3261 §8.1.1): start line, headers in a conventional order,
 * CRLF line ends, and a Content-Length that always matches the body. The mandatory headers (Via,
 * From, To, Call-ID, CSeq, Max-Forwards) must be set; a missing one is a programmer error.
 */
public final class RequestBuilder {
    private final String method;
    private final String requestUri;
    private final List<String> vias = new ArrayList<>(2);
    private String from;
    private String to;
    private String callId;
    private String cseq;
    private long maxForwards = 70;
    private final List<String[]> extra = new ArrayList<>(4);
    private String contentType;
    private byte[] body = new byte[0];

    private RequestBuilder(String method, String requestUri) {
        if (method == null || method.isEmpty() || requestUri == null || requestUri.isEmpty()) {
            throw new IllegalArgumentException("a request needs a method and a Request-URI");
        }
        this.method = method;
        this.requestUri = requestUri;
    }

    public static RequestBuilder request(String method, String requestUri) {
        return new RequestBuilder(method, requestUri);
    }

    /** Adds a Via below those already added (the first one added is the top Via). */
    public RequestBuilder via(Transport transport, String sentBy, String branch) {
        return viaRaw("SIP/2.0/" + transport.token() + " " + sentBy + ";branch=" + branch);
    }

    public RequestBuilder viaRaw(String value) {
        vias.add(value);
        return this;
    }

    public RequestBuilder from(String displayName, String uri, String tag) {
        this.from = nameAddr(displayName, uri) + (tag == null ? "" : ";tag=" + tag);
        return this;
    }

    public RequestBuilder from(String uri, String tag) {
        return from(null, uri, tag);
    }

    public RequestBuilder to(String displayName, String uri, String tag) {
        this.to = nameAddr(displayName, uri) + (tag == null ? "" : ";tag=" + tag);
        return this;
    }

    public RequestBuilder to(String uri, String tag) {
        return to(null, uri, tag);
    }

    public RequestBuilder callId(String id) {
        this.callId = id;
        return this;
    }

    public RequestBuilder cseq(long number, String cseqMethod) {
        if (number < 0 || number > CSeq.MAX) {
            throw new IllegalArgumentException("CSeq number " + number + " outside 0..2^32-1");
        }
        this.cseq = number + " " + cseqMethod;
        return this;
    }

    /** The CSeq number with the request's own method, as for every request but ACK and CANCEL's special cases. */
    public RequestBuilder cseq(long number) {
        return cseq(number, method);
    }

    public RequestBuilder maxForwards(long hops) {
        this.maxForwards = hops;
        return this;
    }

    public RequestBuilder contact(String uri) {
        return header("Contact", "<" + uri + ">");
    }

    public RequestBuilder expires(long seconds) {
        return header("Expires", Long.toString(seconds));
    }

    public RequestBuilder header(String name, String value) {
        extra.add(new String[] {name, value});
        return this;
    }

    public RequestBuilder body(String type, byte[] content) {
        this.contentType = type;
        this.body = content.clone();
        return this;
    }

    public byte[] toBytes() {
        requireSet(!vias.isEmpty(), "Via");
        requireSet(from != null, "From");
        requireSet(to != null, "To");
        requireSet(callId != null, "Call-ID");
        requireSet(cseq != null, "CSeq");
        ByteSink out = new ByteSink(256 + body.length);
        out.text(method).write(' ').text(requestUri).text(" SIP/2.0").crlf();
        for (String v : vias) {
            line(out, "Via", v);
        }
        line(out, "Max-Forwards", Long.toString(maxForwards));
        line(out, "From", from);
        line(out, "To", to);
        line(out, "Call-ID", callId);
        line(out, "CSeq", cseq);
        for (String[] h : extra) {
            line(out, h[0], h[1]);
        }
        if (contentType != null) {
            line(out, "Content-Type", contentType);
        }
        out.text("Content-Length: ").decimal(body.length).crlf().crlf();
        out.write(body);
        return out.toByteArray();
    }

    public SipMessage build() {
        return SipMessage.parse(toBytes());
    }

    private void requireSet(boolean set, String header) {
        if (!set) {
            throw new IllegalStateException(method + " request has no " + header + " header");
        }
    }

    static void line(ByteSink out, String name, String value) {
        out.text(name).write(':').write(' ').text(value).crlf();
    }

    static String nameAddr(String displayName, String uri) {
        if (displayName == null || displayName.isEmpty()) {
            return "<" + uri + ">";
        }
        return "\"" + displayName.replace("\\", "\\\\").replace("\"", "\\\"") + "\" <" + uri + ">";
    }
}
