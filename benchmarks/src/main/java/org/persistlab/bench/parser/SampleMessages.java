package org.persistlab.bench.parser;

import java.nio.charset.StandardCharsets;

/**
 * The three messages of the parser suite, written the way a J179 and an IP Office send them (anchors.md
 * Appendix A measured 831, 537 and 371 bytes): an INVITE with an SDP offer, a REGISTER answering a
 * digest challenge, and the 200 OK to that REGISTER. Content-Length is computed from the body, so the
 * messages stay well formed when edited.
 */
public enum SampleMessages {
    INVITE("invite", lines(
            "INVITE sip:2002@192.0.2.10;transport=tcp SIP/2.0",
            "Via: SIP/2.0/TCP 10.1.0.23:49152;branch=z9hG4bK-524287-1---4f1e2d3c4b5a6978;rport",
            "Max-Forwards: 70",
            "Contact: <sip:2001@10.1.0.23:49152;transport=tcp>",
            "To: <sip:2002@192.0.2.10>",
            "From: \"Front Desk\" <sip:2001@192.0.2.10>;tag=c0a8011e-5a3f2b71",
            "Call-ID: 7d2f9c41-1b6e-4a8f-9e37-00907a123456@10.1.0.23",
            "CSeq: 21 INVITE",
            "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, NOTIFY, REFER, UPDATE, PRACK",
            "Supported: replaces, timer, 100rel",
            "User-Agent: Avaya J179 IP Phone 4.1.3.0.6",
            "Content-Type: application/sdp"),
            lines(
            "v=0",
            "o=- 1700000001 1700000001 IN IP4 10.1.0.23",
            "s=-",
            "c=IN IP4 10.1.0.23",
            "t=0 0",
            "m=audio 5004 RTP/AVP 0 8 18 101",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:18 G729/8000",
            "a=fmtp:18 annexb=no",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-15",
            "a=sendrecv",
            "a=ptime:20")),
    REGISTER("register", lines(
            "REGISTER sip:192.0.2.10;transport=tcp SIP/2.0",
            "Via: SIP/2.0/TCP 10.1.0.23:49152;branch=z9hG4bK-524287-1---9a8b7c6d5e4f3a21;rport",
            "Max-Forwards: 70",
            "Contact: <sip:2001@10.1.0.23:49152;transport=tcp>;expires=900",
            "To: <sip:2001@192.0.2.10>",
            "From: <sip:2001@192.0.2.10>;tag=8f3c0a21",
            "Call-ID: 6c1d2e3f-4a5b-11ee-9c1d-00907a123456",
            "CSeq: 2 REGISTER",
            "User-Agent: Avaya J179 IP Phone 4.1.3.0.6",
            "Authorization: Digest username=\"2001\",realm=\"ipoffice\",nonce=\"0000017c2f3a4b5c9e8d7c6b5a493827\","
                    + "uri=\"sip:192.0.2.10;transport=tcp\",response=\"3b1c8f4c2e6a0d9f7a5b3c1e8d6f4a2b\","
                    + "algorithm=MD5"), ""),
    OK_200("ok200", lines(
            "SIP/2.0 200 OK",
            "Via: SIP/2.0/TCP 10.1.0.23:49152;branch=z9hG4bK-524287-1---9a8b7c6d5e4f3a21;rport=49152;received=10.1.0.23",
            "From: <sip:2001@192.0.2.10>;tag=8f3c0a21",
            "To: <sip:2001@192.0.2.10>;tag=2b1d3c4e",
            "Call-ID: 6c1d2e3f-4a5b-11ee-9c1d-00907a123456",
            "CSeq: 2 REGISTER",
            "Contact: <sip:2001@10.1.0.23:49152;transport=tcp>;expires=900",
            "Expires: 900",
            "Server: IP Office 12.1.0.0.0 build 5"), "");

    private final String label;
    private final String headers;
    private final String body;

    SampleMessages(String label, String headers, String body) {
        this.label = label;
        this.headers = headers;
        this.body = body;
    }

    /** The name used as the JMH {@code message} parameter. */
    public String label() {
        return label;
    }

    /** A fresh copy of the wire bytes, so no benchmark can disturb another's input. */
    public byte[] bytes() {
        byte[] b = body.getBytes(StandardCharsets.US_ASCII);
        String text = headers + "Content-Length: " + b.length + "\r\n\r\n" + body;
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** True for the message carrying the Authorization header the REGISTER benchmarks also read. */
    public boolean hasAuthorization() {
        return this == REGISTER;
    }

    public static SampleMessages byLabel(String label) {
        for (SampleMessages m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no sample message '" + label + "'; known: invite, register, ok200");
    }

    private static String lines(String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append("\r\n");
        }
        return sb.toString();
    }
}
