package org.persistlab.sim.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.persistlab.sip.ByteSink;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;

/**
 * Writes what a record-routing proxy sends (RFC 3261 §16.6, §16.7): a forwarded request with our
 * Via on top, Max-Forwards decremented, Routes naming us removed and our Record-Route added; a
 * response with our Via removed; and the hop-by-hop ACK and CANCEL the proxy itself originates
 * (§17.1.1.3, §9.1). Every other header is copied as received; Content-Length is rewritten to match
 * the body.
 */
final class ProxyWriter {
    private static final byte[] SIP_2_0 = " SIP/2.0\r\n".getBytes(StandardCharsets.US_ASCII);
    private final ByteSink sink = new ByteSink(1024);
    private final GatewayIdentity us;

    ProxyWriter(GatewayIdentity us) {
        this.us = us;
    }

    /** The Route values left after removing the leading ones that name us; null when none remain. */
    String remainingRoutes(SipMessage m) {
        List<String> routes = m.headers(HeaderName.ROUTE);
        int first = 0;
        while (first < routes.size() && us.isUs(routes.get(first))) {
            first++;
        }
        return first == routes.size() ? null : String.join(", ", routes.subList(first, routes.size()));
    }

    /**
     * The request to forward.
     *
     * @param requestUri   the new Request-URI, or null to keep it
     * @param side         the transport it goes out on, whose sent-by our Via carries
     * @param branch       our Via's branch
     * @param recordRoutes the sides of the gateway whose Record-Route to put on top (none for in-dialog requests)
     * @param routes       the Route value to carry, from {@link #remainingRoutes}, or null
     */
    byte[] forward(RawMessage raw, String requestUri, Transport side, String branch, Transport[] recordRoutes,
                   String routes, long maxForwards) {
        SipMessage m = raw.message();
        sink.reset();
        sink.text(m.method()).write(' ').text(requestUri != null ? requestUri : m.requestUri()).write(SIP_2_0);
        sink.write(HeaderPrefix.of(HeaderName.VIA)).write(us.sentByBytes(side)).text(branch).crlf();
        boolean routesDone = false;
        boolean recordRouted = false;
        for (int i = 0; i < m.headerCount(); i++) {
            HeaderName h = m.headerAt(i);
            if (h == HeaderName.MAX_FORWARDS || h == HeaderName.CONTENT_LENGTH) {
                continue;
            }
            if (!recordRouted && h != HeaderName.VIA) {
                recordRoute(recordRoutes); // after the Vias, before any Record-Route received: ours is topmost
                recordRouted = true;
            }
            if (h == HeaderName.ROUTE) {
                if (!routesDone && routes != null) {
                    line(HeaderName.ROUTE, routes);
                }
                routesDone = true;
                continue;
            }
            copyLine(raw, i, h);
        }
        if (!recordRouted) {
            recordRoute(recordRoutes);
        }
        sink.write(HeaderPrefix.of(HeaderName.MAX_FORWARDS));
        sink.decimal(maxForwards);
        sink.crlf();
        return body(raw);
    }

    /** The response with its top Via (ours) removed, to send upstream. */
    byte[] withoutTopVia(RawMessage raw) {
        SipMessage m = raw.message();
        sink.reset();
        sink.text(m.startLine()).crlf();
        boolean topDone = false;
        for (int i = 0; i < m.headerCount(); i++) {
            HeaderName h = m.headerAt(i);
            if (h == HeaderName.CONTENT_LENGTH) {
                continue;
            }
            if (h == HeaderName.VIA && !topDone) {
                topDone = true;
                if (!mayHoldAnotherVia(raw, i)) {
                    continue; // our Via alone on its line, the usual case: the line goes
                }
                List<String> rest = viaValuesAfterFirst(m.headerValueAt(i));
                if (!rest.isEmpty()) {
                    line(HeaderName.VIA, String.join(", ", rest));
                }
                continue;
            }
            copyLine(raw, i, h);
        }
        return body(raw);
    }

    /** The ACK for a non-2xx final response to the INVITE we forwarded (§17.1.1.3): same branch, the response's To. */
    byte[] ack(ProxyTx t, RawMessage response) {
        sink.reset();
        sink.text("ACK ").text(t.requestUri).text(" SIP/2.0").crlf();
        line(HeaderName.VIA, t.via);
        if (t.routes != null) {
            line(HeaderName.ROUTE, t.routes);
        }
        sink.text("Max-Forwards: 70").crlf();
        line(HeaderName.FROM, t.from());
        int to = response.find(HeaderName.TO, 0);
        sink.text("To: ");
        response.writeValue(to, sink);
        sink.crlf();
        line(HeaderName.CALL_ID, t.callId);
        sink.text("CSeq: ");
        sink.decimal(t.cseq);
        sink.text(" ACK").crlf();
        sink.text("Content-Length: 0").crlf().crlf();
        return sink.toByteArray();
    }

    /** The CANCEL for the INVITE we forwarded (§9.1): same Request-URI, Via, From, To, Call-ID, CSeq number. */
    byte[] cancel(ProxyTx t) {
        sink.reset();
        sink.text("CANCEL ").text(t.requestUri).text(" SIP/2.0").crlf();
        line(HeaderName.VIA, t.via);
        if (t.routes != null) {
            line(HeaderName.ROUTE, t.routes);
        }
        sink.text("Max-Forwards: 70").crlf();
        line(HeaderName.FROM, t.from());
        line(HeaderName.TO, t.to());
        line(HeaderName.CALL_ID, t.callId);
        sink.text("CSeq: ");
        sink.decimal(t.cseq);
        sink.text(" CANCEL").crlf();
        sink.text("Content-Length: 0").crlf().crlf();
        return sink.toByteArray();
    }

    private void recordRoute(Transport[] sides) {
        for (Transport t : sides) {
            sink.write(HeaderPrefix.of(HeaderName.RECORD_ROUTE)).write(us.recordRouteBytes(t)).crlf();
        }
    }

    private void copyLine(RawMessage raw, int i, HeaderName h) {
        if (h != null) {
            sink.write(HeaderPrefix.of(h));
        } else {
            sink.text(raw.message().headerNameAt(i)).text(": ");
        }
        raw.writeValue(i, sink);
        sink.crlf();
    }

    private byte[] body(RawMessage raw) {
        SipMessage m = raw.message();
        int n = m.bodyLength();
        sink.write(HeaderPrefix.of(HeaderName.CONTENT_LENGTH));
        sink.decimal(n);
        sink.crlf().crlf();
        sink.write(raw.bytes(), m.length() - n, n);
        return sink.toByteArray();
    }

    private void line(HeaderName name, String value) {
        sink.write(HeaderPrefix.of(name)).text(value).crlf();
    }

    /**
     * False when the line certainly holds one Via value: no comma outside quotes, read from the bytes
     * the way {@link #viaValuesAfterFirst} reads the String (quote and comma are ASCII, so they are
     * the same characters in both). A folded line is left to the String.
     */
    private static boolean mayHoldAnotherVia(RawMessage raw, int header) {
        int end = raw.valueEnd(header);
        if (end < 0) {
            return true;
        }
        byte[] b = raw.bytes();
        boolean quoted = false;
        for (int k = raw.valueStart(header); k < end; k++) {
            if (b[k] == '"') {
                quoted = !quoted;
            } else if (b[k] == ',' && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** The Via values of one header line after the first, split at commas outside quotes. */
    private static List<String> viaValuesAfterFirst(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                String rest = line.substring(i + 1).trim();
                return rest.isEmpty() ? List.of() : List.of(rest);
            }
        }
        return List.of();
    }
}
