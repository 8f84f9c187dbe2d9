package org.persistlab.analyzer.decode;

import java.nio.charset.StandardCharsets;

/** SIP messages written out as text, for crafting captures; each is whole and framed by its Content-Length. */
final class SipSamples {
    private SipSamples() {
    }

    /** A request with a text body of exactly {@code bodyLength} bytes, in CRLF-terminated lines like SDP. */
    static byte[] request(String method, String callId, int cseq, int bodyLength) {
        return message(method + " sip:bob@example.com SIP/2.0", callId, cseq, method, bodyLength);
    }

    static byte[] response(int code, String reason, String method, String callId, int cseq) {
        return message("SIP/2.0 " + code + " " + reason, callId, cseq, method, 0);
    }

    static byte[] message(String startLine, String callId, int cseq, String method, int bodyLength) {
        StringBuilder body = new StringBuilder(bodyLength);
        while (body.length() < bodyLength) {
            int left = bodyLength - body.length();
            body.append(left <= 2 ? "\r\n".substring(0, left) : "a=" + "x".repeat(Math.min(60, left - 4)) + "\r\n");
        }
        String text = startLine + "\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK" + callId + cseq + "\r\n"
                + "From: <sip:alice@example.com>;tag=a" + callId + "\r\n"
                + "To: <sip:bob@example.com>\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + cseq + " " + method + "\r\n"
                + "Max-Forwards: 70\r\n"
                + (bodyLength > 0 ? "Content-Type: text/plain\r\n" : "")
                + "Content-Length: " + bodyLength + "\r\n\r\n" + body;
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }
}
