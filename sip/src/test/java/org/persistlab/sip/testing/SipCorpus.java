package org.persistlab.sip.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hand-written SIP messages, each chosen for something parsers get wrong: compact forms, folding,
 * IPv6 literals, quoted display names with commas, several values per line, odd Content-Lengths.
 * Lines are joined with CRLF unless the entry says otherwise.
 */
public final class SipCorpus {
    private SipCorpus() {
    }

    private static String crlf(String... lines) {
        return String.join("\r\n", lines);
    }

    /** Name to message bytes, in a stable order. */
    public static Map<String, byte[]> messages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("register-j179-first", crlf(
                "REGISTER sip:192.0.2.10:5060;transport=tcp SIP/2.0",
                "Via: SIP/2.0/TCP 10.1.0.23:49152;branch=z9hG4bK-524287-1---7b2f3c1d;rport",
                "Max-Forwards: 70",
                "From: <sip:2001@192.0.2.10>;tag=8f3c0a21",
                "To: <sip:2001@192.0.2.10>",
                "Call-ID: 6c1d2e3f-4a5b@10.1.0.23",
                "CSeq: 1 REGISTER",
                "Contact: <sip:2001@10.1.0.23:49152;transport=tcp>;expires=900;+sip.instance=\"<urn:uuid:00000000-0000-1000-8000-00907a123456>\"",
                "User-Agent: Avaya J179 IP Phone 4.1.3.0.6",
                "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, NOTIFY, REFER, UPDATE",
                "Expires: 900",
                "Content-Length: 0",
                "", ""));
        m.put("register-401", crlf(
                "SIP/2.0 401 Unauthorized",
                "Via: SIP/2.0/TCP 10.1.0.23:49152;branch=z9hG4bK-524287-1---7b2f3c1d;rport=49152;received=10.1.0.23",
                "From: <sip:2001@192.0.2.10>;tag=8f3c0a21",
                "To: <sip:2001@192.0.2.10>;tag=ipo-1a2b",
                "Call-ID: 6c1d2e3f-4a5b@10.1.0.23",
                "CSeq: 1 REGISTER",
                "WWW-Authenticate: Digest realm=\"ipoffice\",nonce=\"0000017c2f3a4b5c9e8d7c6b5a493827\",algorithm=MD5,qop=\"auth\"",
                "Content-Length: 0",
                "", ""));
        m.put("register-with-credentials", crlf(
                "REGISTER sip:192.0.2.10:5060;transport=tcp SIP/2.0",
                "Via: SIP/2.0/TCP 10.1.0.23:49152;branch=z9hG4bK-524287-1---9a8b7c6d;rport",
                "Max-Forwards: 70",
                "From: <sip:2001@192.0.2.10>;tag=8f3c0a21",
                "To: <sip:2001@192.0.2.10>",
                "Call-ID: 6c1d2e3f-4a5b@10.1.0.23",
                "CSeq: 2 REGISTER",
                "Contact: <sip:2001@10.1.0.23:49152;transport=tcp>;expires=900",
                "Authorization: Digest username=\"2001\",realm=\"ipoffice\",nonce=\"0000017c2f3a4b5c9e8d7c6b5a493827\",uri=\"sip:192.0.2.10:5060;transport=tcp\",response=\"3b1c8f4c2e6a0d9f7a5b3c1e8d6f4a2b\",algorithm=MD5,cnonce=\"a1b2c3d4\",qop=auth,nc=00000001",
                "Expires: 900",
                "Content-Length: 0",
                "", ""));
        m.put("register-200-contacts", crlf(
                "SIP/2.0 200 OK",
                "Via: SIP/2.0/TCP 10.1.0.23:49152;branch=z9hG4bK-524287-1---9a8b7c6d;rport=49152",
                "From: <sip:2001@192.0.2.10>;tag=8f3c0a21",
                "To: <sip:2001@192.0.2.10>;tag=ipo-1a2b",
                "Call-ID: 6c1d2e3f-4a5b@10.1.0.23",
                "CSeq: 2 REGISTER",
                "Contact: <sip:2001@10.1.0.23:49152;transport=tcp>;expires=900",
                "Contact: <sip:2001@10.1.0.99:5060>;expires=120",
                "Date: Tue, 24 Nov 2026 09:00:00 GMT",
                "Content-Length: 0",
                "", ""));
        m.put("invite-sdp", crlf(
                "INVITE sip:2002@192.0.2.10 SIP/2.0",
                "Via: SIP/2.0/UDP 10.1.0.23:5060;branch=z9hG4bK776asdhds",
                "Max-Forwards: 70",
                "To: \"Reception\" <sip:2002@192.0.2.10>",
                "From: \"Front Desk\" <sip:2001@192.0.2.10>;tag=1928301774",
                "Call-ID: a84b4c76e66710@10.1.0.23",
                "CSeq: 314159 INVITE",
                "Contact: <sip:2001@10.1.0.23>",
                "Content-Type: application/sdp",
                "Content-Length: 131",
                "",
                "v=0\r\no=2001 2890844526 2890844526 IN IP4 10.1.0.23\r\ns=-\r\nc=IN IP4 10.1.0.23\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"));
        m.put("compact-forms", crlf(
                "INVITE sip:bob@biloxi.example.com SIP/2.0",
                "v: SIP/2.0/TCP client.atlanta.example.com:5060;branch=z9hG4bK74bf9",
                "Max-Forwards: 70",
                "f: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl",
                "t: Bob <sip:bob@biloxi.example.com>",
                "i: 3848276298220188511@atlanta.example.com",
                "CSeq: 1 INVITE",
                "m: <sip:alice@client.atlanta.example.com;transport=tcp>",
                "c: application/sdp",
                "k: timer",
                "l: 0",
                "", ""));
        m.put("folded-headers", crlf(
                "OPTIONS sip:carol@chicago.example.com SIP/2.0",
                "Via: SIP/2.0/UDP pc33.atlanta.example.com",
                "  ;branch=z9hG4bKhjhs8ass877",
                "Max-Forwards: 70",
                "To: <sip:carol@chicago.example.com>",
                "From: Alice",
                " <sip:alice@atlanta.example.com>;tag=1928301774",
                "Call-ID: a84b4c76e66710",
                "CSeq: 63104 OPTIONS",
                "Subject: I know you're there,",
                "\tpick up the phone",
                "Accept: application/sdp",
                "Content-Length: 0",
                "", ""));
        m.put("ipv6-hosts", crlf(
                "REGISTER sip:[2001:db8::10]:5060 SIP/2.0",
                "Via: SIP/2.0/UDP [2001:db8::9:1]:5070;branch=z9hG4bKas3-111",
                "Max-Forwards: 70",
                "From: <sip:2005@[2001:db8::10]>;tag=81x2",
                "To: <sip:2005@[2001:db8::10]>",
                "Call-ID: SSG9559905523997077@hlau_4100",
                "CSeq: 1 REGISTER",
                "Contact: \"Caller\" <sip:2005@[2001:db8::9:1]:5070;transport=udp>;expires=3600",
                "Content-Length: 0",
                "", ""));
        m.put("quoted-display-comma", crlf(
                "INVITE sip:2003@ipo.example.com SIP/2.0",
                "Via: SIP/2.0/TLS 10.1.0.40:5061;branch=z9hG4bK-q1",
                "Max-Forwards: 69",
                "From: \"Doe, John \\\"JD\\\"\" <sip:2004@ipo.example.com>;tag=abc",
                "To: \"Smith, Ann\" <sip:2003@ipo.example.com>",
                "Call-ID: q1@10.1.0.40",
                "CSeq: 7 INVITE",
                "Contact: \"Doe, John\" <sip:2004@10.1.0.40:5061;transport=tls>, \"Desk <2>\" <sip:2004@10.1.0.41>",
                "Content-Length: 0",
                "", ""));
        m.put("multi-via-one-line", crlf(
                "SIP/2.0 180 Ringing",
                "Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK2d4790.1;received=198.51.100.3, SIP/2.0/TCP 10.1.0.23:49200;branch=z9hG4bK74bf9",
                "Via: SIP/2.0/UDP 10.1.0.1;branch=z9hG4bKnashds8",
                "From: <sip:2001@example.com>;tag=9fxced76sl",
                "To: <sip:2002@example.com>;tag=8321234356",
                "Call-ID: 3848276298220188511@example.com",
                "CSeq: 1 INVITE",
                "Contact: <sip:2002@10.1.0.24>",
                "Content-Length: 0",
                "", ""));
        m.put("content-length-larger-than-body", crlf(
                "MESSAGE sip:2002@192.0.2.10 SIP/2.0",
                "Via: SIP/2.0/UDP 10.1.0.23:5060;branch=z9hG4bK-m1",
                "Max-Forwards: 70",
                "From: <sip:2001@192.0.2.10>;tag=m1",
                "To: <sip:2002@192.0.2.10>",
                "Call-ID: m1@10.1.0.23",
                "CSeq: 1 MESSAGE",
                "Content-Type: text/plain",
                "Content-Length: 40",
                "",
                "Hello there"));
        m.put("content-length-smaller-than-body", crlf(
                "MESSAGE sip:2002@192.0.2.10 SIP/2.0",
                "Via: SIP/2.0/UDP 10.1.0.23:5060;branch=z9hG4bK-m2",
                "Max-Forwards: 70",
                "From: <sip:2001@192.0.2.10>;tag=m2",
                "To: <sip:2002@192.0.2.10>",
                "Call-ID: m2@10.1.0.23",
                "CSeq: 1 MESSAGE",
                "Content-Type: text/plain",
                "Content-Length: 5",
                "",
                "Hello there"));
        m.put("content-length-not-a-number", crlf(
                "INVITE sip:bob@example.com SIP/2.0",
                "Via: SIP/2.0/UDP 10.1.0.23:5060;branch=z9hG4bK-bad",
                "Max-Forwards: 70",
                "From: <sip:alice@example.com>;tag=b1",
                "To: <sip:bob@example.com>",
                "Call-ID: bad-cl@10.1.0.23",
                "CSeq: 1 INVITE",
                "Content-Length: bad",
                "", ""));
        m.put("503-retry-after", crlf(
                "SIP/2.0 503 Service Unavailable",
                "Via: SIP/2.0/TCP 10.1.0.23:49152;branch=z9hG4bK-524287-1---aa",
                "From: <sip:2001@192.0.2.10>;tag=8f3c0a21",
                "To: <sip:2001@192.0.2.10>;tag=ovl",
                "Call-ID: 6c1d2e3f-4a5b@10.1.0.23",
                "CSeq: 3 REGISTER",
                "Retry-After: 120 (overloaded);duration=3600",
                "Server: IP Office 12.2",
                "Content-Length: 0",
                "", ""));
        m.put("407-proxy-challenge", crlf(
                "SIP/2.0 407 Proxy Authentication Required",
                "Via: SIP/2.0/UDP 10.1.0.23:5060;branch=z9hG4bK776asdhds",
                "From: <sip:2001@example.com>;tag=1928301774",
                "To: <sip:911@example.com>;tag=as6151ad25",
                "Call-ID: a84b4c76e66710@10.1.0.23",
                "CSeq: 1 INVITE",
                "Proxy-Authenticate: Digest realm=\"example.com\", nonce=\"4a5b6c7d\", opaque=\"\", stale=FALSE, algorithm=MD5",
                "Content-Length: 0",
                "", ""));
        m.put("options-keepalive-avaya", crlf(
                "OPTIONS sip:aco.example.net:5096;transport=tls SIP/2.0",
                "Via: SIP/2.0/TLS 10.1.0.23:1027;branch=z9hG4bK1c4e7f0a;rport",
                "Max-Forwards: 70",
                "From: <sip:+15555550123@aco.example.net>;tag=op1",
                "To: <sip:aco.example.net>",
                "Call-ID: opt-1@10.1.0.23",
                "CSeq: 1 OPTIONS",
                "Accept: application/sdp",
                "User-Agent: Avaya J179 IP Phone 4.1.3.0.6",
                "Content-Length: 0",
                "", ""));
        m.put("wildcard-unregister", crlf(
                "REGISTER sip:192.0.2.10 SIP/2.0",
                "Via: SIP/2.0/TCP 10.1.0.23:49152;branch=z9hG4bK-unreg",
                "Max-Forwards: 70",
                "From: <sip:2001@192.0.2.10>;tag=u1",
                "To: <sip:2001@192.0.2.10>",
                "Call-ID: unreg@10.1.0.23",
                "CSeq: 9 REGISTER",
                "Contact: *",
                "Expires: 0",
                "Content-Length: 0",
                "", ""));
        m.put("header-name-case-and-spacing", crlf(
                "BYE sip:2001@10.1.0.23 SIP/2.0",
                "VIA: SIP/2.0/UDP 10.1.0.24:5060;BRANCH=z9hG4bKx1",
                "max-forwards : 70",
                "FROM: <sip:2002@192.0.2.10>;TAG=to9",
                "to:<sip:2001@192.0.2.10>;tag=f9",
                "CALL-ID: caseid@10.1.0.24",
                "cseq: 2 BYE",
                "content-LENGTH: 0",
                "", ""));
        m.put("tel-and-user-params", crlf(
                "INVITE sip:+15551234567;phone-context=example.com@gw.example.com;user=phone SIP/2.0",
                "Via: SIP/2.0/TCP 192.0.2.10:5060;branch=z9hG4bK-tel",
                "Max-Forwards: 70",
                "From: <sip:2001@192.0.2.10>;tag=t1",
                "To: <tel:+15551234567>",
                "Call-ID: tel@192.0.2.10",
                "CSeq: 1 INVITE",
                "Content-Length: 0",
                "", ""));
        m.put("addr-spec-without-brackets", crlf(
                "ACK sip:2002@10.1.0.24 SIP/2.0",
                "Via: SIP/2.0/UDP 10.1.0.23:5060;branch=z9hG4bK-ack1",
                "Max-Forwards: 70",
                "From: sip:2001@192.0.2.10;tag=a1",
                "To: sip:2002@192.0.2.10;tag=a2",
                "Call-ID: ack@10.1.0.23",
                "CSeq: 1 ACK",
                "Content-Length: 0",
                "", ""));
        m.put("unquoted-display-name", crlf(
                "CANCEL sip:2002@192.0.2.10 SIP/2.0",
                "Via: SIP/2.0/UDP 10.1.0.23:5060;branch=z9hG4bK776asdhds",
                "Max-Forwards: 70",
                "From: Front Desk <sip:2001@192.0.2.10>;tag=1928301774",
                "To: Reception <sip:2002@192.0.2.10>",
                "Call-ID: a84b4c76e66710@10.1.0.23",
                "CSeq: 314159 CANCEL",
                "Content-Length: 0",
                "", ""));
        m.put("via-received-rport-maddr", crlf(
                "SIP/2.0 487 Request Terminated",
                "Via: SIP/2.0/UDP 10.1.0.23:5060;branch=z9hG4bK776asdhds;received=203.0.113.7;rport=61000;maddr=224.2.0.1;ttl=16",
                "From: <sip:2001@192.0.2.10>;tag=1928301774",
                "To: <sip:2002@192.0.2.10>;tag=x487",
                "Call-ID: a84b4c76e66710@10.1.0.23",
                "CSeq: 314159 INVITE",
                "Content-Length: 0",
                "", ""));
        m.put("extension-method", crlf(
                "PUBLISH sip:presence@example.com SIP/2.0",
                "Via: SIP/2.0/TCP 10.1.0.23:5060;branch=z9hG4bK-pub",
                "Max-Forwards: 70",
                "From: <sip:2001@example.com>;tag=p1",
                "To: <sip:presence@example.com>",
                "Call-ID: pub@10.1.0.23",
                "CSeq: 1 PUBLISH",
                "Event: presence",
                "Expires: 3600",
                "Content-Length: 0",
                "", ""));
        Map<String, byte[]> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.UTF_8)));
        // Bare LF line ends: not what RFC 3261 asks for, but seen in captures; both parsers accept them.
        out.put("bare-lf-line-ends", String.join("\n",
                "SIP/2.0 200 OK",
                "Via: SIP/2.0/UDP 10.1.0.23:5060;branch=z9hG4bK-lf",
                "From: <sip:2001@192.0.2.10>;tag=lf1",
                "To: <sip:2001@192.0.2.10>;tag=lf2",
                "Call-ID: lf@10.1.0.23",
                "CSeq: 5 OPTIONS",
                "Content-Length: 0",
                "", "").getBytes(StandardCharsets.UTF_8));
        return out;
    }
}
